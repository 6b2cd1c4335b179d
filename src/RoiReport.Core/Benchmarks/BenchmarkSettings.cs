using RoiReport.Core.Survey;

namespace RoiReport.Core.Benchmarks;

/// <summary>How peer groups are formed and which figures are safe to publish.</summary>
public sealed record BenchmarkSettings
{
    /// <summary>No configuration may publish a group of fewer firms than this.</summary>
    public const int MinNFloor = 5;

    /// <summary>p10 and p90 need at least this many firms (or <see cref="MinN"/>, if larger).</summary>
    public const int TailMinNFloor = 20;

    public static BenchmarkSettings Default { get; } = new();

    /// <summary>The dimensions whose every combination (each fixed or "all") is a peer-group level.</summary>
    public IReadOnlyList<Dimension> Dimensions { get; init; } = DimensionNames.Default;

    /// <summary>Groups with fewer firms with a defined social-media hourly return are suppressed.</summary>
    public int MinN { get; init; } = 10;

    /// <summary>How the cuts band the firms; the survey table is banded with these.</summary>
    public CutSettings Cuts { get; init; } = CutSettings.Default;

    public int TailMinN => Math.Max(TailMinNFloor, MinN);

    public double ConfidenceLevel => 0.95;

    public IReadOnlyList<double> CentralProbabilities { get; } = [0.25, 0.5, 0.75];

    public IReadOnlyList<double> TailProbabilities { get; } = [0.1, 0.9];
}
