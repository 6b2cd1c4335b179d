namespace RoiReport.Core.Benchmarks;

/// <summary>A peer group: one survey wave, cut by the dimensions that are not null (null means "all").</summary>
public sealed record PeerGroupKey(int Year, string? Segment, string? Industry, string? Employees, string? Region)
{
    /// <summary>How many dimensions are fixed: 0 for the whole wave.</summary>
    public int Level => (Segment is null ? 0 : 1) + (Industry is null ? 0 : 1) + (Employees is null ? 0 : 1) + (Region is null ? 0 : 1);
}
