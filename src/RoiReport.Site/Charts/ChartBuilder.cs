using RoiReport.Core.Benchmarks;
using RoiReport.Site.Pages;

namespace RoiReport.Site.Charts;

/// <summary>Decides which charts the site has and what each shows, from the published figures only.</summary>
public static class ChartBuilder
{
    public const string SocialMediaSeries = "Social media";
    public const string OtherMarketingSeries = "Other marketing";
    public const string GapSeries = "Social media less other marketing";

    public static string Id(ChartKind kind, GroupAddress address) => kind switch
    {
        ChartKind.HourlyReturnBySegment => $"{ChartKinds.Name(kind)}-{address.Key.Year}",
        ChartKind.Trend => $"{ChartKinds.Name(kind)}-{address.Cut}",
        _ => $"{ChartKinds.Name(kind)}-{address.Key.Year}-{address.Cut}",
    };

    /// <summary>Every chart of the site, in a stable order.</summary>
    public static IReadOnlyList<Chart> All(BenchmarkReport report, GroupAddresses addresses)
    {
        var charts = new List<Chart>();
        var byKey = report.Groups.ToDictionary(g => g.Key);
        foreach (var wave in report.Waves)
        {
            if (BySegment(report, wave.Year, addresses) is { } chart)
            {
                charts.Add(chart);
            }
        }
        foreach (var group in report.Groups.Where(g => !g.Suppressed))
        {
            charts.Add(Distribution(group, addresses[group.Key]));
            charts.Add(SmVsOther(group, addresses[group.Key]));
        }
        foreach (var group in report.Groups.Where(g => !g.Suppressed && (g.Key.Level == 0 || (g.Key.Level == 1 && g.Key.Segment is not null))))
        {
            charts.AddRange(ChartKinds.Answers.Select(kind => Answer(kind, group, report, addresses[group.Key])).OfType<Chart>());
        }
        var years = report.Waves.Select(w => w.Year).ToList();
        foreach (var group in report.Groups.Where(g => !g.Suppressed && g.Key.Year == years.Max()))
        {
            if (Trend(group.Key, years, byKey, addresses) is { } trend)
            {
                charts.Add(trend);
            }
        }
        return charts;
    }

    public static Chart? BySegment(BenchmarkReport report, int year, GroupAddresses addresses)
    {
        var whole = new PeerGroupKey(year, null, null, null, null);
        var rows = report.Groups
            .Where(g => g.Key.Year == year && !g.Suppressed && (g.Key == whole || (g.Key.Level == 1 && g.Key.Segment is not null)))
            .Select(g => Row(g.Key.Segment ?? "All firms", SocialMediaSeries, g.HourlyReturn!))
            .ToList();
        return rows.Count == 0 || !addresses.TryGet(whole, out var address)
            ? null
            : new Chart(Id(ChartKind.HourlyReturnBySegment, address), ChartKind.HourlyReturnBySegment,
                $"Social-media hourly return by segment, {year}", rows);
    }

    public static Chart Distribution(GroupBenchmark group, GroupAddress address) =>
        new(Id(ChartKind.Distribution, address), ChartKind.Distribution,
            $"Social-media hourly return: {address.NameWithYear}",
            [Row(address.Name, SocialMediaSeries, group.HourlyReturn!)]);

    public static Chart SmVsOther(GroupBenchmark group, GroupAddress address)
    {
        List<ChartRow> rows = [Row(SocialMediaSeries, SocialMediaSeries, group.HourlyReturn!)];
        if (group.OtherHourlyReturn is { } other)
        {
            rows.Add(Row(OtherMarketingSeries, OtherMarketingSeries, other));
        }
        return new Chart(Id(ChartKind.SmVsOther, address), ChartKind.SmVsOther,
            $"Social media against other marketing per hour: {address.NameWithYear}", rows);
    }

    /// <summary>The group's median across the waves it is published in, where that is two or more.</summary>
    public static Chart? Trend(PeerGroupKey key, IReadOnlyList<int> years, IReadOnlyDictionary<PeerGroupKey, GroupBenchmark> groups, GroupAddresses addresses)
    {
        var rows = years
            .Select(y => groups.GetValueOrDefault(key.InYear(y)))
            .Where(g => g is { Suppressed: false })
            .Select(g => Row(g!.Key.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), SocialMediaSeries, g.HourlyReturn!))
            .ToList();
        var address = addresses[key];
        return rows.Count < 2
            ? null
            : new Chart(Id(ChartKind.Trend, address), ChartKind.Trend, $"Median social-media hourly return by wave: {address.Name}", rows);
    }

    /// <summary>
    /// A chart that answers one of the practitioners' questions for all firms (B2B beside B2C) or
    /// one segment: a cut's published bands, or the spread of each firm's gap between its two
    /// hourly returns. Null where fewer than two bands are published, or the gap is not.
    /// </summary>
    public static Chart? Answer(ChartKind kind, GroupBenchmark group, BenchmarkReport report, GroupAddress address)
    {
        var key = group.Key;
        var who = key.Segment ?? "B2B beside B2C";
        if (kind == ChartKind.Gap)
        {
            return group.SmMinusOther is { } gap
                ? new Chart(Id(kind, address), kind, $"Social media less other marketing, per hour: {key.Segment ?? "all firms"}, {key.Year}", [Row(address.Name, GapSeries, gap)])
                : null;
        }
        var cut = ChartKinds.Cut(kind) ?? throw new ArgumentOutOfRangeException(nameof(kind));
        var bands = report.Cuts
            .Where(c => c.Year == key.Year && c.Cut == cut && !c.Figures.Suppressed && (key.Segment is null ? c.Segment is not null : c.Segment == key.Segment))
            .Where(c => kind != ChartKind.AttributingBySalesCycle || c.Figures.ShareAttributing is not null)
            .OrderBy(c => c.Band.Lower).ThenBy(c => c.Segment, StringComparer.Ordinal)
            .ToList();
        if (bands.Select(c => c.Band.Label).Distinct().Count() < 2)
        {
            return null;
        }
        string Label(CutBenchmark c) => key.Segment is null ? $"{c.Segment}\n{BandText(c)}" : BandText(c);
        List<ChartRow> rows = kind == ChartKind.AttributingBySalesCycle
            ? [.. bands.Select(c => new ChartRow(Label(c), c.Segment!, c.Figures.Respondents, null, null, null, null, null, null, null) { Share = c.Figures.ShareAttributing })]
            : [.. bands.Select(c => Row(Label(c), c.Segment!, c.Figures.HourlyReturn!))];
        var title = kind switch
        {
            ChartKind.AttributingBySalesCycle => $"Firms that can attribute sales, by sales cycle: {who}, {key.Year}",
            ChartKind.BySalesCycle => $"Hourly return by sales cycle: {who}, {key.Year}",
            ChartKind.ByHours => $"Hourly return by hours a week: {who}, {key.Year}",
            _ => $"Hourly return by years on social media: {who}, {key.Year}",
        };
        return new Chart(Id(kind, address), kind, title, rows);
    }

    /// <summary>A band as a chart's tick and table show it, with its unit in the axis and the column's title: "&lt;3", "3–12", "12+".</summary>
    public static string BandText(CutBenchmark band) => band.Band.Label.Replace('-', '–');

    /// <summary>What a cut's bands count, for the chart's axis and its table's first column.</summary>
    public static string BandUnit(CutColumn cut) => cut switch
    {
        CutColumn.SalesCycleMonths => "Sales cycle (months)",
        CutColumn.SmHoursPerWeek => "Hours a week on social media",
        CutColumn.SmYears => "Years on social media",
        _ => "Main platform",
    };

    private static ChartRow Row(string label, string series, ChannelStatistics s) =>
        new(label, series, s.N, s.P10, s.P25, s.P50, s.P75, s.P90, s.P50Ci95?.Low, s.P50Ci95?.High);
}
