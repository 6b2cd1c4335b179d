namespace RoiReport.Core.Benchmarks;

/// <summary>Every peer group of every wave, with the settings and counts they came from.</summary>
/// <param name="Weighted">Whether any row carried a weight other than 1.</param>
public sealed record BenchmarkReport(
    BenchmarkSettings Settings,
    bool Weighted,
    IReadOnlyList<WaveSummary> Waves,
    IReadOnlyList<GroupBenchmark> Groups)
{
    /// <summary>Every band of every cut of every wave (<see cref="CutSettings"/>), all firms and then each segment.</summary>
    public IReadOnlyList<CutBenchmark> Cuts { get; init; } = [];
}
