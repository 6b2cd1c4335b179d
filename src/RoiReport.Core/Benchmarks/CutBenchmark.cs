namespace RoiReport.Core.Benchmarks;

/// <summary>
/// One band of one cut of a wave, over all firms (<see cref="PeerGroupKey.Segment"/> null) or one
/// segment: the same figures as a peer group, over the band's firms, under the same rules.
/// </summary>
public sealed record CutBenchmark(CutColumn Cut, Band Band, GroupBenchmark Figures)
{
    public int Year => Figures.Key.Year;

    public string? Segment => Figures.Key.Segment;
}
