using RoiReport.Core.Benchmarks;
using RoiReport.Core.Diagnostics;
using RoiReport.Site.Charts;
using RoiReport.Site.Content;
using RoiReport.Site.Pages;
using RoiReport.Site.Shortcodes;

namespace RoiReport.Site.Tests.Shortcodes;

/// <summary>Shortcodes rendered against the synthetic two-wave report, with the repository's theme.</summary>
public sealed class ShortcodeRendererTests
{
    private static readonly Lazy<(ShortcodeRenderer Renderer, BenchmarkReport Report)> Context = new(() => (Renderer(Demo.Report), Demo.Report));

    private static ShortcodeRenderer Renderer(BenchmarkReport report)
    {
        var addresses = new GroupAddresses(report);
        var specs = ChartBuilder.All(report, addresses).Where(c => c.Kind != ChartKind.SmVsOther).ToList();
        var renderer = new ChartRenderer(new Money("USD"), File.ReadAllBytes(Demo.FontFile), specs);
        var charts = specs.ToDictionary(c => c.Id, renderer.Render);
        var formats = new Formats(new Money("USD"));
        var theme = Theme.Theme.Load(Demo.Theme, new DiagnosticBag())!;
        return new ShortcodeRenderer(report, addresses, new PageModels(report, addresses, charts, formats, SiteOptions.Default, theme), formats, theme);
    }

    /// <summary>A page whose body starts on line 5, as after three lines of front matter and the closing ---.</summary>
    private static (string Html, DiagnosticBag Problems) Render(string markdown, PeerGroupKey? pageGroup = null, ShortcodeRenderer? renderer = null)
    {
        var problems = new DiagnosticBag();
        var document = new SourceDocument("input/posts/p.md", "posts/p.md", new FrontMatter("P", null, new DateOnly(2025, 1, 1), false, "post", []), markdown, 5);
        return ((renderer ?? Context.Value.Renderer).Render(document, "../../", problems, pageGroup), problems);
    }

    [Fact]
    public void A_figure_the_disclosure_control_withholds_shows_as_a_dash_where_a_threshold_still_fails_the_build()
    {
        var report = Demo.Report;
        var group = report.Groups.First(g => g is { Suppressed: false, Key.Year: 2025, Key.Level: >= 2 } && g.BothN < report.Settings.MinN);
        var withheld = report with
        {
            Groups = [.. report.Groups.Select(g => g == group ? g with { SharePositive = null, HourlyReturn = g.HourlyReturn! with { Mean = null } } : g)],
        };
        var renderer = Renderer(withheld);
        var (html, problems) = Render("{{< figure stat=\"share_positive\" >}} and {{< figure stat=\"mean\" >}}\n", group.Key, renderer);
        Assert.True(problems.IsEmpty, string.Join("\n", problems.Listed));
        var dash = "<span class=\"figure withheld\" title=\"Withheld: protecting the firms of a smaller group would move this figure too far (see the methodology)\">–</span>";
        Assert.Equal($"<p>{dash} and {dash}</p>\n", html);

        var (_, threshold) = Render("{{< figure stat=\"share_sm_ge_other\" >}}\n", group.Key, renderer);
        Assert.Contains("share_sm_ge_other is not published for", threshold.Listed[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void On_a_templated_page_a_shortcode_shows_the_pages_group_unless_it_names_its_own()
    {
        var report = Context.Value.Report;
        string N(PeerGroupKey key) => $"<span class=\"figure\">{report.Groups.Single(g => g.Key == key).N:N0}</span>";
        var page = new PeerGroupKey(2025, "B2B", "Software", null, null);
        var (html, problems) = Render("{{< figure stat=\"n\" >}} {{< figure stat=\"n\" year=\"2024\" >}} {{< figure stat=\"n\" segment=\"B2C\" >}}\n", page);
        Assert.True(problems.IsEmpty, string.Join("\n", problems.Listed));
        Assert.Equal($"<p>{N(page)} {N(page.InYear(2024))} {N(new PeerGroupKey(2025, "B2C", null, null, null))}</p>\n", html);
    }

    private static string Problem(string markdown)
    {
        var (_, problems) = Render(markdown);
        Assert.False(problems.IsEmpty, "expected a problem");
        return problems.Listed[0].ToString();
    }

    [Fact]
    public void A_figure_is_the_published_number_formatted_in_the_sites_currency()
    {
        var b2b = Context.Value.Report.Groups.Single(g => g.Key is { Year: 2025, Segment: "B2B", Industry: null, Employees: null });
        var (html, problems) = Render("The median was {{< figure stat=\"p50\" segment=\"b2b\" >}} per firm.\n");
        Assert.True(problems.IsEmpty, string.Join("\n", problems.Listed));
        Assert.Equal($"<p>The median was <span class=\"figure\">{new Money("USD").PerHour(b2b.HourlyReturn!.P50!.Value)}</span> per firm.</p>\n", html);
    }

    [Fact]
    public void Each_firms_gap_between_its_two_hourly_returns_is_a_figure_too()
    {
        var b2b = Context.Value.Report.Groups.Single(g => g.Key is { Year: 2025, Segment: "B2B", Industry: null, Employees: null });
        var (html, problems) = Render("{{< figure stat=\"sm_minus_other_p50\" segment=\"B2B\" >}}\n");
        Assert.True(problems.IsEmpty, string.Join("\n", problems.Listed));
        Assert.Equal($"<p><span class=\"figure\">{new Money("USD").PerHour(b2b.SmMinusOther!.P50!.Value)}</span></p>\n", html);
    }

    [Fact]
    public void A_chart_and_a_table_stand_as_blocks_with_their_text_alternative_and_figures()
    {
        var (html, problems) = Render("Before.\n\n{{< chart \"distribution\" segment=\"B2C\" >}}\n\n{{< benchmark-table segment=\"B2C\" >}}\n");
        Assert.True(problems.IsEmpty, string.Join("\n", problems.Listed));
        Assert.Contains("<div class=\"chart\" id=\"distribution-2025-b2c-all-all\">", html, StringComparison.Ordinal);
        Assert.Contains("role=\"img\" aria-label=\"Social-media hourly return: B2C", html, StringComparison.Ordinal);
        Assert.Contains("href=\"../../charts/distribution-2025-b2c-all-all.png\"", html, StringComparison.Ordinal);
        Assert.Contains("<caption>Hourly return of B2C · all industries · all sizes, 2025 (USD per hour)</caption>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<p><div", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Fallback_parent_names_the_broader_group_it_used()
    {
        var suppressed = Context.Value.Report.Groups.First(g => g.Suppressed && g.Key is { Year: 2025, Level: 3 }).Key;
        var markdown = $"{{{{< figure stat=\"p50\" segment=\"{suppressed.Segment}\" industry=\"{suppressed.Industry}\" employees=\"{suppressed.Employees}\" fallback=\"parent\" >}}}}\n";
        var (html, problems) = Render(markdown);
        Assert.True(problems.IsEmpty, string.Join("\n", problems.Listed));
        Assert.True(html.Contains($"(for {suppressed.Segment} · {suppressed.Industry}", StringComparison.Ordinal), html);
        Assert.Contains("has too few firms to publish)", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{< graph \"trend\" >}}", "input/posts/p.md:5: shortcode graph: unknown shortcode 'graph', expected one of: chart, figure, benchmark-table")]
    [InlineData("\n\n{{< chart \"pie\" >}}", "input/posts/p.md:7: shortcode chart: unknown chart kind 'pie', expected one of: hourly-return-by-segment, distribution, sm-vs-other, trend")]
    [InlineData("{{< chart \"distribution\" sector=\"Retail\" >}}", "input/posts/p.md:5: shortcode chart: unknown parameter 'sector', expected some of: segment, industry, employees, year, fallback")]
    [InlineData("{{< figure stat=\"p55\" >}}", "input/posts/p.md:5: shortcode figure: unknown stat 'p55', expected stat= one of: p10, p25, p50")]
    [InlineData("{{< figure stat=\"p50\" industry=\"Mining\" >}}", "input/posts/p.md:5: shortcode figure: industry 'Mining' is not in the 2025 wave, expected one of: Consumer goods,")]
    [InlineData("{{< figure stat=\"p50\" year=\"2019\" >}}", "input/posts/p.md:5: shortcode figure: year '2019' has no wave, expected one of: 2024, 2025")]
    [InlineData("{{< figure stat=\"p50\" fallback=\"up\" >}}", "input/posts/p.md:5: shortcode figure: fallback 'up' is not known, expected fallback=\"parent\"")]
    [InlineData("Text {{< chart \"distribution\" >}} inline.", "input/posts/p.md:5: shortcode chart: shares its paragraph with text, expected it on a line of its own")]
    public void A_wrong_shortcode_fails_with_the_file_line_and_valid_choices(string markdown, string expected)
    {
        Assert.StartsWith(expected, Problem(markdown), StringComparison.Ordinal);
    }

    [Fact]
    public void A_suppressed_group_is_refused_without_fallback_and_never_shows_a_number()
    {
        var suppressed = Context.Value.Report.Groups.First(g => g.Suppressed && g.Key is { Year: 2025, Level: 3 }).Key;
        var message = Problem($"{{{{< figure stat=\"p50\" segment=\"{suppressed.Segment}\" industry=\"{suppressed.Industry}\" employees=\"{suppressed.Employees}\" >}}}}");
        Assert.Contains("has too few firms to publish, expected a published group, or fallback=\"parent\" to show the nearest broader one", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_that_is_not_published_is_refused()
    {
        var small = Context.Value.Report.Groups.First(g => !g.Suppressed && g.N < 20 && g.Key is { Year: 2025, Level: 3 }).Key;
        var message = Problem($"{{{{< figure stat=\"p90\" segment=\"{small.Segment}\" industry=\"{small.Industry}\" employees=\"{small.Employees}\" >}}}}");
        Assert.Contains("p90 is not published for", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_of_a_band_of_a_cut_is_that_bands_published_number()
    {
        var report = Context.Value.Report;
        CutBenchmark Band(int year, string? segment, string band) =>
            report.Cuts.Single(c => c.Year == year && c.Segment == segment && c.Cut == CutColumn.SalesCycleMonths && c.Band.Label == band);
        var (html, problems) = Render(
            "{{< figure stat=\"share_attributing\" segment=\"B2B\" cut=\"sales_cycle_months\" band=\"<3\" >}} "
            + "{{< figure stat=\"p50\" cut=\"sales_cycle_months\" band=\"3-12\" year=\"2024\" >}}\n");
        Assert.True(problems.IsEmpty, string.Join("\n", problems.Listed));
        Assert.Equal(
            $"<p><span class=\"figure\">{Formats.Share(Band(2025, "B2B", "<3").Figures.ShareAttributing)}</span> "
            + $"<span class=\"figure\">{new Money("USD").PerHour(Band(2024, null, "3-12").Figures.HourlyReturn!.P50!.Value)}</span></p>\n",
            html);
    }

    [Fact]
    public void On_a_segments_page_a_band_defaults_to_its_segment()
    {
        var report = Context.Value.Report;
        var band = report.Cuts.Single(c => c is { Year: 2025, Segment: "B2C", Cut: CutColumn.SmYears, Band.Label: "3+" });
        var (html, problems) = Render("{{< figure stat=\"n\" cut=\"sm_years\" band=\"3+\" >}}\n", new PeerGroupKey(2025, "B2C", "Retail", null, null));
        Assert.True(problems.IsEmpty, string.Join("\n", problems.Listed));
        Assert.Equal($"<p><span class=\"figure\">{band.Figures.N:N0}</span></p>\n", html);
    }

    [Theory]
    [InlineData("{{< figure stat=\"n\" cut=\"cycle\" band=\"<3\" >}}", "shortcode figure: cut 'cycle' is not in the 2025 wave, expected cut= one of: sales_cycle_months, sm_hours_per_week, sm_years, sm_primary_platform")]
    [InlineData("{{< figure stat=\"n\" band=\"<3\" >}}", "shortcode figure: names a band but no cut, expected cut= one of: sales_cycle_months,")]
    [InlineData("{{< figure stat=\"n\" cut=\"sales_cycle_months\" band=\"12-24\" >}}", "shortcode figure: band '12-24' is not a band of sales_cycle_months in 2025, expected band= one of: <3, 3-12, 12+")]
    [InlineData("{{< figure stat=\"n\" cut=\"sales_cycle_months\" >}}", "shortcode figure: names no band, expected band= one of: <3, 3-12, 12+")]
    [InlineData("{{< figure stat=\"n\" cut=\"sales_cycle_months\" band=\"<3\" industry=\"Retail\" >}}", "shortcode figure: unknown parameter 'industry', expected some of: cut, band, segment, year, stat")]
    [InlineData("{{< figure stat=\"n\" cut=\"sales_cycle_months\" band=\"12+\" segment=\"B2G\" >}}", "shortcode figure: segment 'B2G' has no firms in band 12+ of sales_cycle_months in 2025, expected one of: B2B, B2C")]
    [InlineData("{{< figure stat=\"n\" cut=\"sales_cycle_months\" band=\"3-12\" segment=\"B2C\" >}}", "shortcode figure: B2C in band 3-12 of sales_cycle_months, 2025, has too few firms to publish (")]
    [InlineData("{{< chart \"by-hours\" industry=\"Retail\" >}}", "shortcode chart: unknown parameter 'industry', expected some of: segment, year")]
    public void A_mistaken_band_or_chart_of_a_cut_is_refused_with_the_choices(string markdown, string expected) =>
        Assert.Contains("input/posts/p.md:5: " + expected, Problem(markdown), StringComparison.Ordinal);

    [Fact]
    public void The_answer_charts_exist_for_all_firms_and_each_segment_and_a_narrower_page_shows_its_segments()
    {
        var (html, problems) = Render("{{< chart \"attributing-by-sales-cycle\" >}}\n\n{{< chart \"gap\" segment=\"B2C\" year=\"2024\" >}}\n\n{{< chart \"by-experience\" >}}\n",
            new PeerGroupKey(2025, "B2B", "Software", "10-49", null));
        Assert.True(problems.IsEmpty, string.Join("\n", problems.Listed));
        Assert.Contains("<div class=\"chart\" id=\"attributing-by-sales-cycle-2025-b2b-all-all\">", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"chart\" id=\"gap-2024-b2c-all-all\">", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"chart\" id=\"by-experience-2025-b2b-all-all\">", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Can attribute sales</th>", html, StringComparison.Ordinal);
    }
}
