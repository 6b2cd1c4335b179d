using System.Globalization;

namespace RoiReport.Core.Benchmarks;

/// <summary>A one-dimensional breakdown of each wave, overall and by segment.</summary>
public enum CutColumn
{
    /// <summary>The firm's sales cycle in months (optional column <c>sales_cycle_months</c>).</summary>
    SalesCycleMonths,

    /// <summary>Social-media hours a week: <c>sm_hours</c> over the weeks of the survey period.</summary>
    SmHoursPerWeek,

    /// <summary>Years the firm has used social media for marketing (optional column <c>sm_years</c>).</summary>
    SmYears,

    /// <summary>The firm's main social-media platform (optional label column <c>sm_primary_platform</c>): one band per label.</summary>
    SmPrimaryPlatform,
}

/// <summary>One band of a cut: numbers from <paramref name="Lower"/> (inclusive) to <paramref name="Upper"/> (exclusive, null when open), or a label with neither.</summary>
public sealed record Band(string Label, double? Lower, double? Upper);

/// <summary>How each cut bands its firms. A value exactly on an edge goes to the upper band.</summary>
public sealed record CutSettings
{
    public static CutSettings Default { get; } = new();

    /// <summary>The months a wave's hours were counted over (<c>survey.period_months</c>): hours a week are <c>sm_hours</c> over period_months × 52 / 12 weeks.</summary>
    public double PeriodMonths { get; init; } = 12;

    /// <summary>The inner edges of each numeric cut's bands, ascending; a cut that is absent here is not published.</summary>
    public IReadOnlyDictionary<CutColumn, IReadOnlyList<double>> Edges { get; init; } = new Dictionary<CutColumn, IReadOnlyList<double>>
    {
        [CutColumn.SalesCycleMonths] = [3, 12],
        [CutColumn.SmHoursPerWeek] = [2, 5, 10, 20],
        [CutColumn.SmYears] = [1, 3],
    };

    /// <summary>Whether the platform cut is published (where the survey has the column).</summary>
    public bool Platform { get; init; } = true;

    public double WeeksInPeriod => PeriodMonths * 52 / 12;

    /// <summary>The cuts these settings publish, in the order of <see cref="CutColumn"/>.</summary>
    public IEnumerable<CutColumn> Columns =>
        Enum.GetValues<CutColumn>().Where(c => c == CutColumn.SmPrimaryPlatform ? Platform : Edges.ContainsKey(c));

    /// <summary>A numeric cut's bands: under the first edge, between each two, and the last edge or more.</summary>
    public IReadOnlyList<Band> Bands(CutColumn column)
    {
        var edges = Edges[column];
        var bands = new List<Band>(edges.Count + 1);
        for (var b = 0; b <= edges.Count; b++)
        {
            double? lower = b == 0 ? 0 : edges[b - 1];
            double? upper = b == edges.Count ? null : edges[b];
            var label = b == 0 ? $"<{Text(edges[0])}" : upper is null ? $"{Text(lower!.Value)}+" : $"{Text(lower!.Value)}-{Text(upper.Value)}";
            bands.Add(new Band(label, lower, upper));
        }
        return bands;
    }

    /// <summary>The band of a value (NaN for blank gives <see cref="Survey.WaveTable.Blank"/>): how many edges it is at or above.</summary>
    public static int BandOf(IReadOnlyList<double> edges, double value)
    {
        if (double.IsNaN(value))
        {
            return Survey.WaveTable.Blank;
        }
        var band = 0;
        while (band < edges.Count && value >= edges[band])
        {
            band++;
        }
        return band;
    }

    public bool Equals(CutSettings? other) =>
        other is not null && PeriodMonths == other.PeriodMonths && Platform == other.Platform
        && Edges.Count == other.Edges.Count
        && Edges.All(e => other.Edges.TryGetValue(e.Key, out var o) && e.Value.SequenceEqual(o));

    public override int GetHashCode() => HashCode.Combine(PeriodMonths, Platform, Edges.Count);

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}

public static class CutNames
{
    /// <summary>The cut's name in roireport.yml, the JSON and the shortcodes.</summary>
    public static string Name(CutColumn column) => column switch
    {
        CutColumn.SalesCycleMonths => "sales_cycle_months",
        CutColumn.SmHoursPerWeek => "sm_hours_per_week",
        CutColumn.SmYears => "sm_years",
        CutColumn.SmPrimaryPlatform => "sm_primary_platform",
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };

    public static IReadOnlyList<CutColumn> All { get; } = Enum.GetValues<CutColumn>();

    public static bool TryParse(string name, out CutColumn column)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(Name(candidate), name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                column = candidate;
                return true;
            }
        }
        column = default;
        return false;
    }
}
