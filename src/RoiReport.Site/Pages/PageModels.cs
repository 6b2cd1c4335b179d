using RoiReport.Core.Benchmarks;
using RoiReport.Core.Disclosure;
using RoiReport.Core.Survey;
using RoiReport.Site.Charts;

namespace RoiReport.Site.Pages;

/// <summary>What each kind of page shows, with every figure formatted for reading.</summary>
public sealed class PageModels(BenchmarkReport report, GroupAddresses addresses, IReadOnlyDictionary<string, RenderedChart> charts, Formats formats, SiteOptions options)
{
    private readonly Dictionary<PeerGroupKey, GroupBenchmark> _groups = report.Groups.ToDictionary(g => g.Key);

    /// <param name="compact">For an embed page: the chart and its caption, without the figures table or the embed snippet.</param>
    public Dictionary<string, object?> Chart(string id, string root, bool compact = false)
    {
        var rendered = charts[id];
        var chart = rendered.Chart;
        return new()
        {
            ["compact"] = compact,
            ["embedFrame"] = compact ? null : EmbedFrame(rendered),
            ["embedImage"] = compact ? null : EmbedImage(rendered),
            ["id"] = chart.Id,
            ["title"] = chart.Title,
            ["alt"] = rendered.AltText,
            ["svg"] = ChartSplice.Placeholder(chart.Id),
            ["root"] = root,
            ["currency"] = formats.Money.Currency,
            ["firstColumn"] = ChartKinds.RowHeading(chart.Kind),
            ["shares"] = ChartKinds.ShowsShares(chart.Kind),
            ["rows"] = chart.Rows.Select(r => new Dictionary<string, object?>
            {
                ["label"] = r.Label.Replace('\n', ' '),
                ["share"] = Formats.Share(r.Share),
                ["n"] = Formats.Count(r.N),
                ["p10"] = formats.Amount(r.P10),
                ["p25"] = formats.Amount(r.P25),
                ["p50"] = formats.Amount(r.P50),
                ["p75"] = formats.Amount(r.P75),
                ["p90"] = formats.Amount(r.P90),
                ["ci"] = formats.Interval(r.CiLow, r.CiHigh),
            }).ToList(),
        };
    }

    public bool HasChart(string id) => charts.ContainsKey(id);

    public IEnumerable<string> ChartIds => charts.Keys.Order(StringComparer.Ordinal);

    /// <summary>The snippet another site pastes: a responsive frame of the chart's embed page.</summary>
    public string EmbedFrame(RenderedChart chart) =>
        $"<iframe src=\"{Link($"embed/{chart.Chart.Id}/")}\" title=\"{Html.Encode(chart.Chart.Title)}\" loading=\"lazy\" data-roireport-embed "
        + $"style=\"width:100%;max-width:{ChartStyle.Width}px;height:{EmbedFallbackHeight}px;border:0\"></iframe>{EmbedSizer}";

    /// <summary>The frame's height where a platform strips the script: the whole embed page at the chart's full width.</summary>
    public const int EmbedFallbackHeight = 600;

    /// <summary>
    /// Sets each embed frame's height to what its page reports (assets/embed.js), so that it fits at
    /// any width; a message counts only from the frame's own window, and only as a plausible height.
    /// </summary>
    private const string EmbedSizer = "<script>addEventListener(\"message\",function(e){var h=e.data&&e.data.roireportEmbed&&Number(e.data.height);"
        + "if(!(h>0&&h<10000))return;document.querySelectorAll(\"iframe[data-roireport-embed]\").forEach(function(f){if(f.contentWindow===e.source)f.style.height=h+\"px\"})})</script>";

    /// <summary>The plain image, for platforms that strip frames.</summary>
    public string EmbedImage(RenderedChart chart) =>
        $"<img src=\"{Link($"charts/{chart.Chart.Id}.png")}\" alt=\"{Html.Encode(chart.AltText)}\" width=\"{ChartStyle.PngWidth}\" height=\"{ChartStyle.PngHeight}\" style=\"max-width:100%;height:auto\">";

    public RenderedChart Rendered(string id) => charts[id];

    /// <summary>A site path as other sites must link to it: absolute where the base URL is.</summary>
    public string Link(string path) => options.AbsoluteUrl(path) ?? options.BaseUrl + path;

    public Dictionary<string, object?> Group(GroupBenchmark group, string root)
    {
        var address = addresses[group.Key];
        var model = new Dictionary<string, object?>
        {
            ["name"] = address.Name,
            ["year"] = group.Key.Year,
            ["yearPath"] = YearPath(group.Key.Year),
            ["respondents"] = Formats.Count(group.Respondents),
            ["n"] = Formats.Count(group.N),
            ["suppressed"] = group.Suppressed,
            ["minN"] = report.Settings.MinN,
            ["currency"] = formats.Money.Currency,
            ["parents"] = Parents(group.Key).ToList(),
            ["children"] = Children(group.Key).ToList(),
        };
        if (group.Suppressed)
        {
            return model;
        }
        model["summary"] = Summary(group);
        model["caption"] = "Hourly return: net margin (sales less direct costs) divided by hours";
        model["figures"] = Figures(group);
        model["shares"] = Shares(group);
        model["charts"] = new[] { ChartKind.Distribution, ChartKind.SmVsOther, ChartKind.Trend }
            .Select(kind => ChartBuilder.Id(kind, address))
            .Where(HasChart)
            .Select(id => Chart(id, root))
            .ToList();
        model["answers"] = Answers(group.Key, root);
        return model;
    }

    /// <summary>The charts that answer the practitioners' questions for a group of all firms or of one segment (none for narrower groups).</summary>
    public List<Dictionary<string, object?>> Answers(PeerGroupKey key, string root) =>
        addresses.TryGet(key, out var address)
            ? [.. ChartKinds.Answers.Select(kind => ChartBuilder.Id(kind, address)).Where(HasChart).Select(id => Chart(id, root))]
            : [];

    /// <summary>A published group's shares, each a value and what it is the share of.</summary>
    private static List<Dictionary<string, object?>> Shares(GroupBenchmark group)
    {
        static Dictionary<string, object?> Share(string value, string label) => new() { ["value"] = value, ["label"] = label };
        List<Dictionary<string, object?>> shares =
        [
            Share(Formats.Share(group.ShareAttributing), "of firms could attribute sales to social media"),
            Share(Formats.Share(group.SharePositive), "of those made a positive return on their social-media hours"),
            Share(Formats.Share(group.ShareSmGeOther), $"earned at least as much per social-media hour as per hour of other marketing ({Formats.Count(group.BothN)} firms with both figures)"),
            Share(Formats.Bounds(group.SharePositiveBounds), "had a positive return on social media, at least and at most: as if none, or every one, of the firms that put hours in but could not attribute sales earned something"),
        ];
        if (group.StaffCostN > 0)
        {
            shares.Add(Share(Formats.Share(group.ShareAboveStaffCost), $"earned more per social-media hour than that hour of their staff cost ({Formats.Count(group.StaffCostN)} firms that gave their staff cost)"));
        }
        return shares;
    }

    /// <summary>The group of all firms of the latest wave, if there is a wave.</summary>
    public PeerGroupKey? Latest() => report.Waves.Count == 0 ? null : new PeerGroupKey(report.Waves.Max(w => w.Year), null, null, null, null);

    public Dictionary<string, object?> Year(int year, string root)
    {
        var wave = report.Waves.Single(w => w.Year == year);
        var groups = report.Groups.Where(g => g.Key.Year == year).ToList();
        var bySegment = $"{ChartKinds.Name(ChartKind.HourlyReturnBySegment)}-{year}";
        return new()
        {
            ["year"] = year,
            ["currency"] = formats.Money.Currency,
            ["summary"] = $"{Formats.Count(wave.Respondents)} firms answered the {year} wave; {Formats.Count(wave.SocialMedia.Defined)} of them could put a figure on the return of their social-media hours. {Formats.Count(groups.Count(g => !g.Suppressed))} of {Formats.Count(groups.Count)} peer groups have enough firms to publish.",
            ["featured"] = HasChart(bySegment) ? Chart(bySegment, root) : null,
            ["columns"] = addresses.Dimensions.Select(d => Capitalised(DimensionNames.ColumnName(d))).ToList(),
            ["groups"] = groups.Select(g => new Dictionary<string, object?>
            {
                ["labels"] = addresses.Dimensions.Select(d => g.Key[d] ?? "all").ToList(),
                ["respondents"] = Formats.Count(g.Respondents),
                ["n"] = Formats.Count(g.N),
                ["suppressed"] = g.Suppressed,
                ["median"] = formats.Amount(g.HourlyReturn?.P50),
                ["path"] = addresses[g.Key].Path,
            }).ToList(),
        };
    }

    public Dictionary<string, object?> Waves() => new()
    {
        ["dimensions"] = DimensionList(),
        ["waves"] = report.Waves.Select(w => new Dictionary<string, object?>
        {
            ["year"] = w.Year,
            ["path"] = YearPath(w.Year),
            ["respondents"] = Formats.Count(w.Respondents),
            ["published"] = Formats.Count(report.Groups.Count(g => g.Key.Year == w.Year && !g.Suppressed)),
            ["suppressed"] = Formats.Count(report.Groups.Count(g => g.Key.Year == w.Year && g.Suppressed)),
        }).Reverse().ToList(),
    };

    public Dictionary<string, object?> Methodology()
    {
        static Dictionary<string, object?> Counts(WaveSummary wave, string channel, ExclusionCounts c) => new()
        {
            ["year"] = wave.Year,
            ["channel"] = channel,
            ["respondents"] = Formats.Count(wave.Respondents),
            ["defined"] = Formats.Count(c.Defined),
            ["salesBlank"] = Formats.Count(c.SalesBlank),
            ["hoursBlank"] = Formats.Count(c.HoursBlank),
            ["hoursZero"] = Formats.Count(c.HoursZero),
            ["costsBlank"] = Formats.Count(c.CostsBlank),
        };
        return new()
        {
            ["waves"] = string.Join(", ", report.Waves.Select(w => w.Year)),
            ["respondents"] = Formats.Count(report.Waves.Sum(w => w.Respondents)),
            ["dimensions"] = DimensionList(),
            ["groups"] = Formats.Count(report.Groups.Count),
            ["suppressed"] = Formats.Count(report.Groups.Count(g => g.Suppressed)),
            ["minN"] = report.Settings.MinN,
            ["tailMinN"] = report.Settings.TailMinN,
            ["weights"] = report.Weighted
                ? "the figures are weighted; a weight counts as that many copies of the firm's answers. Thresholds count firms, not weights."
                : "none; every firm counts once.",
            ["counts"] = report.Waves.SelectMany(w => new[]
            {
                Counts(w, ChartBuilder.SocialMediaSeries, w.SocialMedia),
                Counts(w, ChartBuilder.OtherMarketingSeries, w.OtherMarketing),
            }).ToList(),
            ["disclosure"] = Disclosure(),
        };
    }

    /// <summary>The disclosure control's parameters as the methodology page states them.</summary>
    private Dictionary<string, object?> Disclosure()
    {
        static string Percent(double share) => (share * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%";
        static string Points(double share) => (share * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
        static string Factor(double factor) => factor.ToString("0.0#", System.Globalization.CultureInfo.InvariantCulture);
        return new()
        {
            ["method"] = "controlled tabular adjustment",
            ["minRelative"] = Percent(DisclosureRules.MinRelativeError),
            ["minPerHour"] = formats.PerHour(DisclosureRules.MinMeanError),
            ["marginLow"] = Factor(DisclosureRules.MarginLow),
            ["marginHigh"] = Factor(DisclosureRules.MarginHigh),
            ["maxRelative"] = Percent(DisclosureRules.MaxMeanRelativeError),
            ["maxPerHour"] = formats.PerHour(DisclosureRules.MaxMeanError),
            ["maxShare"] = Points(DisclosureRules.MaxShareError),
            ["largeN"] = DisclosureRules.LargeGroup,
            ["largeRelative"] = Percent(DisclosureRules.LargeGroupMeanRelativeError),
            ["largePerHour"] = formats.PerHour(DisclosureRules.LargeGroupMeanError),
            ["largeShare"] = Points(DisclosureRules.LargeGroupShareError),
        };
    }

    public static string YearPath(int year) => $"benchmarks/{year}/";

    private string Summary(GroupBenchmark group)
    {
        var sm = group.HourlyReturn!;
        return $"Of {Formats.Count(group.Respondents)} firms, {Formats.Count(group.N)} could put a figure on the return of their social-media hours. " +
            $"The median firm earned {formats.PerHour(sm.P50)} of social media; the middle half earned between {formats.Amount(sm.P25)} and {formats.Amount(sm.P75)}.";
    }

    /// <summary>The model of the benchmark-table partial for one published group.</summary>
    public Dictionary<string, object?> Table(GroupBenchmark group, string? note) => new()
    {
        ["caption"] = $"Hourly return of {addresses[group.Key].NameWithYear}",
        ["currency"] = formats.Money.Currency,
        ["note"] = note,
        ["figures"] = Figures(group),
    };

    /// <summary>
    /// A published group's rows of the figures table: social media, other marketing, and each firm's
    /// gap between the two (its mean is never published), where published.
    /// </summary>
    private List<Dictionary<string, object?>> Figures(GroupBenchmark group) =>
    [
        FigureRow(ChartBuilder.SocialMediaSeries, group.HourlyReturn!),
        .. group.OtherHourlyReturn is { } other ? [FigureRow(ChartBuilder.OtherMarketingSeries, other)] : Array.Empty<Dictionary<string, object?>>(),
        .. group.SmMinusOther is { } gap ? [FigureRow(GapSeries, gap)] : Array.Empty<Dictionary<string, object?>>(),
    ];

    /// <summary>The figures table's row of each firm's social-media hourly return less its other-marketing one.</summary>
    public const string GapSeries = "Each firm's gap: social − other";

    private Dictionary<string, object?> FigureRow(string label, ChannelStatistics s) => new()
    {
        ["label"] = label,
        ["n"] = Formats.Count(s.N),
        ["p10"] = formats.Amount(s.P10),
        ["p25"] = formats.Amount(s.P25),
        ["p50"] = formats.Amount(s.P50),
        ["p75"] = formats.Amount(s.P75),
        ["p90"] = formats.Amount(s.P90),
        ["mean"] = formats.Amount(s.Mean),
        ["ci"] = formats.Interval(s.P50Ci95?.Low, s.P50Ci95?.High),
    };

    private IEnumerable<Dictionary<string, object?>> Parents(PeerGroupKey key) =>
        addresses.Dimensions
            .Where(d => key[d] is not null)
            .Select(d => addresses[key.Without(d)])
            .Select(a => new Dictionary<string, object?> { ["name"] = a.Name, ["path"] = a.Path });

    private IEnumerable<Dictionary<string, object?>> Children(PeerGroupKey key) =>
        report.Groups
            .Where(g => g.Key.Year == key.Year && g.Key.Level == key.Level + 1 && addresses.Dimensions.Count(d => g.Key[d] is not null && key[d] is null) == 1
                && addresses.Dimensions.All(d => key[d] is null || key[d] == g.Key[d]))
            .Select(g => new Dictionary<string, object?>
            {
                ["name"] = addresses[g.Key].Name,
                ["path"] = addresses[g.Key].Path,
                ["suppressed"] = g.Suppressed,
                ["median"] = formats.PerHour(g.HourlyReturn?.P50),
                ["n"] = Formats.Count(g.N),
            });

    private string DimensionList() => string.Join(", ", addresses.Dimensions.Select(DimensionNames.ColumnName));

    private static string Capitalised(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
