using RoiReport.Core.Benchmarks;
using RoiReport.Core.Disclosure;
using RoiReport.Core.Survey;
using RoiReport.Site.Charts;

namespace RoiReport.Site.Pages;

/// <summary>What each kind of page shows, with every figure formatted for reading.</summary>
/// <param name="theme">Renders the embed snippets from its partials, so that a theme can change them.</param>
public sealed class PageModels(BenchmarkReport report, GroupAddresses addresses, IReadOnlyDictionary<string, RenderedChart> charts, Formats formats, SiteOptions options,
    Theme.Theme theme)
{
    private readonly Dictionary<PeerGroupKey, GroupBenchmark> _groups = report.Groups.ToDictionary(g => g.Key);

    /// <param name="compact">For an embed page: the chart and its caption, without the figures table or the embed snippet.</param>
    public ChartModel Chart(string id, string root, bool compact = false)
    {
        var rendered = charts[id];
        var chart = rendered.Chart;
        return new ChartModel(chart.Id, chart.Title, rendered.AltText, ChartSplice.Placeholder(chart.Id), ChartSplice.NarrowPlaceholder(chart.Id), root, formats.Money.Currency,
            ChartKinds.RowHeading(chart.Kind), ChartKinds.ShowsShares(chart.Kind), compact,
            compact ? null : EmbedFrame(rendered), compact ? null : EmbedImage(rendered),
            [.. chart.Rows.Select(r => new ChartRowModel(r.Label.Replace('\n', ' '), Formats.Share(r.Share), Formats.Count(r.N), formats.Amount(r.P10), formats.Amount(r.P25),
                formats.Amount(r.P50), formats.Amount(r.P75), formats.Amount(r.P90), formats.Interval(r.CiLow, r.CiHigh)))]);
    }

    public bool HasChart(string id) => charts.ContainsKey(id);

    public IEnumerable<string> ChartIds => charts.Keys.Order(StringComparer.Ordinal);

    /// <summary>The snippet another site pastes: a frame of the chart's embed page that sizes itself (partials/embed-frame.hbs).</summary>
    public string EmbedFrame(RenderedChart chart) =>
        theme.RenderPartial("embed-frame", new EmbedFrameModel(Link($"embed/{chart.Chart.Id}/"), chart.Chart.Title, ChartStyle.Width, EmbedFallbackHeight)).TrimEnd('\n');

    /// <summary>The frame's height where a platform strips the script: the whole embed page at the chart's full width.</summary>
    public const int EmbedFallbackHeight = 600;

    /// <summary>The plain image, for platforms that strip frames (partials/embed-image.hbs).</summary>
    public string EmbedImage(RenderedChart chart) =>
        theme.RenderPartial("embed-image", new EmbedImageModel(Link($"charts/{chart.Chart.Id}.png"), chart.AltText, ChartStyle.Width, ChartStyle.Height)).TrimEnd('\n');

    public RenderedChart Rendered(string id) => charts[id];

    /// <summary>A site path as other sites must link to it: absolute where the base URL is.</summary>
    public string Link(string path) => options.AbsoluteUrl(path) ?? options.BaseUrl + path;

    public GroupPage Group(GroupBenchmark group, LayoutModel common)
    {
        var address = addresses[group.Key];
        var model = new GroupPage(common)
        {
            Name = address.Name,
            Year = group.Key.Year,
            YearPath = YearPath(group.Key.Year),
            Respondents = Formats.Count(group.Respondents),
            N = Formats.Count(group.N),
            Suppressed = group.Suppressed,
            MinN = report.Settings.MinN,
            Currency = formats.Money.Currency,
            Parents = [.. Parents(group.Key)],
            Children = [.. Children(group.Key)],
        };
        if (group.Suppressed)
        {
            return model;
        }
        return model with
        {
            Summary = Summary(group),
            Caption = "Hourly return: net margin (sales less direct costs) divided by hours",
            Figures = Figures(group),
            Shares = Shares(group),
            Charts = [.. new[] { ChartKind.Distribution, ChartKind.SmVsOther, ChartKind.Trend }
                .Select(kind => ChartBuilder.Id(kind, address))
                .Where(HasChart)
                .Select(id => Chart(id, common.Root))],
            Answers = Answers(group.Key, common.Root),
        };
    }

    /// <summary>The charts that answer the practitioners' questions for a group of all firms or of one segment (none for narrower groups).</summary>
    public List<ChartModel> Answers(PeerGroupKey key, string root) =>
        addresses.TryGet(key, out var address)
            ? [.. ChartKinds.Answers.Select(kind => ChartBuilder.Id(kind, address)).Where(HasChart).Select(id => Chart(id, root))]
            : [];

    /// <summary>A published group's shares, each a value and what it is the share of.</summary>
    private static List<ShareModel> Shares(GroupBenchmark group)
    {
        static ShareModel Share(string value, string label) => new(value, label);
        List<ShareModel> shares =
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

    public YearPage Year(int year, LayoutModel common)
    {
        var wave = report.Waves.Single(w => w.Year == year);
        var groups = report.Groups.Where(g => g.Key.Year == year).ToList();
        var bySegment = $"{ChartKinds.Name(ChartKind.HourlyReturnBySegment)}-{year}";
        return new YearPage(common)
        {
            Year = year,
            Currency = formats.Money.Currency,
            Summary = $"{Formats.Count(wave.Respondents)} firms answered the {year} wave; {Formats.Count(wave.SocialMedia.Defined)} of them could put a figure on the return of their social-media hours. {Formats.Count(groups.Count(g => !g.Suppressed))} of {Formats.Count(groups.Count)} peer groups have enough firms to publish.",
            Featured = HasChart(bySegment) ? Chart(bySegment, common.Root) : null,
            Columns = [.. addresses.Dimensions.Select(d => Capitalised(DimensionNames.ColumnName(d)))],
            Groups = [.. groups.Select(g => new GroupRow([.. addresses.Dimensions.Select(d => g.Key[d] ?? "all")], Formats.Count(g.Respondents), Formats.Count(g.N),
                g.Suppressed, formats.Amount(g.HourlyReturn?.P50), addresses[g.Key].Path))],
        };
    }

    public WavesPage Waves(LayoutModel common) => new(common) { Dimensions = DimensionList(), Waves = WaveLinks() };

    /// <summary>Every wave, the latest first, with its counts.</summary>
    public List<WaveLink> WaveLinks() =>
    [
        .. report.Waves.Select(w => new WaveLink(w.Year, YearPath(w.Year), Formats.Count(w.Respondents),
            Formats.Count(report.Groups.Count(g => g.Key.Year == w.Year && !g.Suppressed)),
            Formats.Count(report.Groups.Count(g => g.Key.Year == w.Year && g.Suppressed)))).Reverse(),
    ];

    public MethodologyPage Methodology(LayoutModel common)
    {
        static ExclusionRow Counts(WaveSummary wave, string channel, ExclusionCounts c) =>
            new(wave.Year, channel, Formats.Count(wave.Respondents), Formats.Count(c.Defined), Formats.Count(c.SalesBlank), Formats.Count(c.HoursBlank),
                Formats.Count(c.HoursZero), Formats.Count(c.CostsBlank));
        return new MethodologyPage(common)
        {
            Waves = string.Join(", ", report.Waves.Select(w => w.Year)),
            Respondents = Formats.Count(report.Waves.Sum(w => w.Respondents)),
            Dimensions = DimensionList(),
            Groups = Formats.Count(report.Groups.Count),
            Suppressed = Formats.Count(report.Groups.Count(g => g.Suppressed)),
            MinN = report.Settings.MinN,
            TailMinN = report.Settings.TailMinN,
            Weights = report.Weighted
                ? "the figures are weighted; a weight counts as that many copies of the firm's answers. Thresholds count firms, not weights."
                : "none; every firm counts once.",
            Counts = [.. report.Waves.SelectMany(w => new[] { Counts(w, ChartBuilder.SocialMediaSeries, w.SocialMedia), Counts(w, ChartBuilder.OtherMarketingSeries, w.OtherMarketing) })],
            Disclosure = Disclosure(),
        };
    }

    /// <summary>The disclosure control's parameters as the methodology page states them.</summary>
    private DisclosureModel Disclosure()
    {
        static string Percent(double share) => (share * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%";
        static string Points(double share) => (share * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
        static string Factor(double factor) => factor.ToString("0.0#", System.Globalization.CultureInfo.InvariantCulture);
        return new DisclosureModel("controlled tabular adjustment", Percent(DisclosureRules.MinRelativeError), formats.PerHour(DisclosureRules.MinMeanError),
            Factor(DisclosureRules.MarginLow), Factor(DisclosureRules.MarginHigh), Percent(DisclosureRules.MaxMeanRelativeError), formats.PerHour(DisclosureRules.MaxMeanError),
            Points(DisclosureRules.MaxShareError), DisclosureRules.LargeGroup, Percent(DisclosureRules.LargeGroupMeanRelativeError),
            formats.PerHour(DisclosureRules.LargeGroupMeanError), Points(DisclosureRules.LargeGroupShareError));
    }

    public static string YearPath(int year) => $"benchmarks/{year}/";

    private string Summary(GroupBenchmark group)
    {
        var sm = group.HourlyReturn!;
        return $"Of {Formats.Count(group.Respondents)} firms, {Formats.Count(group.N)} could put a figure on the return of their social-media hours. " +
            $"The median firm earned {formats.PerHour(sm.P50)} of social media; the middle half earned between {formats.Amount(sm.P25)} and {formats.Amount(sm.P75)}.";
    }

    /// <summary>The model of the benchmark-table partial for one published group.</summary>
    public TableModel Table(GroupBenchmark group, string? note) =>
        new($"Hourly return of {addresses[group.Key].NameWithYear}", formats.Money.Currency, note, Figures(group));

    /// <summary>
    /// A published group's rows of the figures table: social media, other marketing, and each firm's
    /// gap between the two (its mean is never published), where published.
    /// </summary>
    private List<FigureRow> Figures(GroupBenchmark group) =>
    [
        Row(ChartBuilder.SocialMediaSeries, group.HourlyReturn!),
        .. group.OtherHourlyReturn is { } other ? [Row(ChartBuilder.OtherMarketingSeries, other)] : Array.Empty<FigureRow>(),
        .. group.SmMinusOther is { } gap ? [Row(GapSeries, gap)] : Array.Empty<FigureRow>(),
    ];

    /// <summary>The figures table's row of each firm's social-media hourly return less its other-marketing one.</summary>
    public const string GapSeries = "Each firm's gap: social − other";

    private FigureRow Row(string label, ChannelStatistics s) =>
        new(label, Formats.Count(s.N), formats.Amount(s.P10), formats.Amount(s.P25), formats.Amount(s.P50), formats.Amount(s.P75), formats.Amount(s.P90),
            formats.Amount(s.Mean), formats.Interval(s.P50Ci95?.Low, s.P50Ci95?.High));

    private IEnumerable<GroupLink> Parents(PeerGroupKey key) =>
        addresses.Dimensions
            .Where(d => key[d] is not null)
            .Select(d => addresses[key.Without(d)])
            .Select(a => new GroupLink(a.Name, a.Path));

    private IEnumerable<GroupLink> Children(PeerGroupKey key) =>
        report.Groups
            .Where(g => g.Key.Year == key.Year && g.Key.Level == key.Level + 1 && addresses.Dimensions.Count(d => g.Key[d] is not null && key[d] is null) == 1
                && addresses.Dimensions.All(d => key[d] is null || key[d] == g.Key[d]))
            .Select(g => new GroupLink(addresses[g.Key].Name, addresses[g.Key].Path, g.Suppressed, formats.PerHour(g.HourlyReturn?.P50), Formats.Count(g.N)));

    private string DimensionList() => string.Join(", ", addresses.Dimensions.Select(DimensionNames.ColumnName));

    private static string Capitalised(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
