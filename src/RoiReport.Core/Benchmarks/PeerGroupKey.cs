using RoiReport.Core.Survey;

namespace RoiReport.Core.Benchmarks;

/// <summary>A peer group: one survey wave, cut by the dimensions that are not null (null means "all").</summary>
public sealed record PeerGroupKey(int Year, string? Segment, string? Industry, string? Employees, string? Region)
{
    /// <summary>How many dimensions are fixed: 0 for the whole wave.</summary>
    public int Level => (Segment is null ? 0 : 1) + (Industry is null ? 0 : 1) + (Employees is null ? 0 : 1) + (Region is null ? 0 : 1);

    /// <summary>The group's label for a dimension, or null where the group spans all of it.</summary>
    public string? this[Dimension dimension] => dimension switch
    {
        Dimension.Segment => Segment,
        Dimension.Industry => Industry,
        Dimension.Employees => Employees,
        Dimension.Region => Region,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
    };

    /// <summary>
    /// This group and the broader ones a comparison falls back to, narrowest first: size dropped,
    /// then industry, then the whole wave. The site's calculator (theme/assets/compare.js) follows
    /// the same order.
    /// </summary>
    public IEnumerable<PeerGroupKey> FallbackLadder() =>
        new[] { this, this with { Employees = null }, this with { Employees = null, Industry = null }, new PeerGroupKey(Year, null, null, null, null) }.Distinct();

    /// <summary>The same cut of another wave.</summary>
    public PeerGroupKey InYear(int year) => this with { Year = year };

    /// <summary>This group with one dimension widened to "all".</summary>
    public PeerGroupKey Without(Dimension dimension) => dimension switch
    {
        Dimension.Segment => this with { Segment = null },
        Dimension.Industry => this with { Industry = null },
        Dimension.Employees => this with { Employees = null },
        Dimension.Region => this with { Region = null },
        _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
    };
}
