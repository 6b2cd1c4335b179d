using RoiReport.Core.Benchmarks;
using RoiReport.Site.Pages;

namespace RoiReport.Site.Charts;

/// <summary>Decides which charts the site has and what each shows, from the published figures only.</summary>
public static class ChartBuilder
{
    public const string SocialMediaSeries = "Social media";
    public const string OtherMarketingSeries = "Other marketing";

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

    private static ChartRow Row(string label, string series, ChannelStatistics s) =>
        new(label, series, s.N, s.P10, s.P25, s.P50, s.P75, s.P90, s.P50Ci95?.Low, s.P50Ci95?.High);
}
