using RoiReport.Core.Benchmarks;
using RoiReport.Core.Diagnostics;
using RoiReport.Site.Charts;
using RoiReport.Site.Pages;

namespace RoiReport.Site.Tests.Build;

/// <summary>Sites built from Markdown templates such as benchmarks/[segment]/[industry].md.</summary>
public sealed class TemplatedPageTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("roireport-templates-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static BenchmarkReport Report => Demo.Report;

    private static GroupAddresses Addresses { get; } = new(Demo.Report);

    private string Input(params (string Path, string Text)[] files)
    {
        var input = Directory.CreateDirectory(Path.Combine(_folder, "input")).FullName;
        foreach (var (path, text) in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(input, path))!);
            File.WriteAllText(Path.Combine(input, path), text);
        }
        return input;
    }

    private (string? Site, DiagnosticBag Problems) Build(string input)
    {
        var output = Path.Combine(_folder, "site");
        var problems = new DiagnosticBag();
        var summary = SiteBuilder.Build(new SiteSources(input, Demo.Theme), Report, SiteOptions.Default, output, problems, _ => { });
        return (summary is null ? null : output, problems);
    }

    private static string Page(string site, string path) => File.ReadAllText(Path.Combine(site, path, "index.html"));

    [Fact]
    public void A_template_renders_a_page_per_published_group_with_shortcodes_defaulting_to_that_group()
    {
        var input = Input(("benchmarks/[segment]/[industry].md",
            "---\ntitle: \"[industry] in [segment]\"\n---\n\nMedian: {{< figure stat=\"p50\" >}}, n = {{< figure stat=\"n\" >}}.\n\n{{< chart \"distribution\" >}}\n"));
        var (site, problems) = Build(input);
        Assert.True(site is not null, string.Join("\n", problems.Listed));

        var money = new Money("USD");
        var groups = Report.Groups.Where(g => g.Key is { Year: 2025, Segment: not null, Industry: not null, Employees: null } && !g.Suppressed).ToList();
        Assert.NotEmpty(groups);
        foreach (var group in groups)
        {
            var address = Addresses[group.Key];
            var html = Page(site, $"benchmarks/{Addresses.PathPart(Core.Survey.Dimension.Segment, group.Key.Segment)}/{Addresses.PathPart(Core.Survey.Dimension.Industry, group.Key.Industry)}/");
            Assert.Contains($"<h1>{Html.Encode($"{group.Key.Industry} in {group.Key.Segment}")}</h1>", html, StringComparison.Ordinal);
            Assert.Contains($"Median: <span class=\"figure\">{money.PerHour(group.HourlyReturn!.P50!.Value)}</span>, n = <span class=\"figure\">{group.N:N0}</span>.", html, StringComparison.Ordinal);
            Assert.Contains($"id=\"{ChartBuilder.Id(ChartKind.Distribution, address)}\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_shipped_template_gives_every_published_group_page_its_commentary_and_leaves_suppressed_ones_alone()
    {
        var (site, problems) = Build(Path.Combine(Demo.Repository, "input"));
        Assert.True(site is not null, string.Join("\n", problems.Listed));
        foreach (var group in Report.Groups)
        {
            var html = Page(site, Addresses[group.Key].Path);
            Assert.Equal(!group.Suppressed, html.Contains("Reading these figures", StringComparison.Ordinal));
            if (!group.Suppressed)
            {
                Assert.Contains($"Of the <span class=\"figure\">{group.N:N0}</span> firms with a return", html, StringComparison.Ordinal);
                Assert.Contains($"<title>{Html.Encode(Addresses[group.Key].NameWithYear)} · ", html, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void A_shortcode_that_fails_for_some_groups_names_the_template_line_and_the_group()
    {
        var input = Input(("benchmarks/[segment]/[industry]/[employees].md", "---\ntitle: \"[group]\"\n---\n\nThe top tenth: {{< figure stat=\"p90\" >}}\n"));
        var (site, problems) = Build(input);
        Assert.Null(site);
        var small = Report.Groups.First(g => g.Key is { Year: 2025, Level: 3 } && !g.Suppressed && g.HourlyReturn!.P90 is null);
        Assert.Contains(problems.Listed, p => p.ToString().StartsWith($"{input}/benchmarks/[segment]/[industry]/[employees].md:5: shortcode figure: p90 is not published for", StringComparison.Ordinal)
            && p.ToString().EndsWith($"(on the page of {Addresses[small.Key].Name}, 2025)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("[segment].md", "b2b.md", "[segment].md:1: page: rendered for B2B · all industries · all sizes, 2025, its address /b2b/ is also that of")]
    [InlineData("benchmarks/[year].md", null, "benchmarks/[year].md:1: page: rendered for All firms, 2025, its address /benchmarks/2025/ is one the site generates")]
    public void Two_pages_at_one_address_stop_the_build(string template, string? page, string expected)
    {
        var files = new List<(string, string)> { (template, "---\ntitle: \"[group]\"\n---\nText\n") };
        if (page is not null)
        {
            files.Insert(0, (page, "---\ntitle: B2B\n---\nText\n"));
        }
        var (site, problems) = Build(Input([.. files]));
        Assert.Null(site);
        Assert.Contains(problems.Listed, p => p.ToString().Contains(expected, StringComparison.Ordinal));
    }
}
