using RoiReport.Core.Benchmarks;
using RoiReport.Core.Diagnostics;
using RoiReport.Core.Survey;
using RoiReport.Site.Content;
using RoiReport.Site.Pages;

namespace RoiReport.Site.Tests.Pages;

public sealed class PageTemplateTests
{
    private static readonly GroupAddresses Addresses = new(Demo.Report);

    private static SourceDocument Document(string relative, bool includeAll = false) =>
        new($"input/{relative}", relative, new FrontMatter("T", null, null, false, "group", [], includeAll), "", 5);

    private static (PageTemplate? Template, DiagnosticBag Problems) Read(string relative, bool includeAll = false)
    {
        var problems = new DiagnosticBag();
        return (PageTemplate.Read(Document(relative, includeAll), DimensionNames.Default, problems), problems);
    }

    private static List<(GroupBenchmark Group, string Path)> Expand(string relative, bool includeAll = false) =>
        [.. Read(relative, includeAll).Template!.Expand(Demo.Report, Addresses)];

    [Fact]
    public void A_template_is_rendered_once_per_published_group_of_its_level_in_the_latest_wave()
    {
        var pages = Expand("benchmarks/[segment]/[industry].md");
        var expected = Demo.Report.Groups
            .Where(g => g.Key is { Year: 2025, Segment: not null, Industry: not null, Employees: null } && !g.Suppressed)
            .Select(g => g.Key)
            .ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, pages.Select(p => p.Group.Key));
        var b2bSoftware = pages.Single(p => p.Group.Key is { Segment: "B2B", Industry: "Software" });
        Assert.Equal("benchmarks/b2b/software/", b2bSoftware.Path);
    }

    [Fact]
    public void A_suppressed_group_gets_no_templated_page()
    {
        var suppressed = Demo.Report.Groups.First(g => g.Suppressed && g.Key is { Year: 2025, Level: 3 });
        Assert.DoesNotContain(Expand("x/[segment]/[industry]/[employees].md"), p => p.Group.Key == suppressed.Key);
    }

    [Fact]
    public void A_year_in_brackets_renders_every_wave()
    {
        var pages = Expand("by-year/[year]/[segment].md");
        Assert.Equal(
            ["by-year/2024/b2b/", "by-year/2024/b2c/", "by-year/2025/b2b/", "by-year/2025/b2c/"],
            pages.Select(p => p.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Include_all_covers_every_level_at_the_addresses_of_the_generated_group_pages()
    {
        var pages = Expand("benchmarks/[year]/[segment]/[industry]/[employees].md", includeAll: true);
        var published = Demo.Report.Groups.Where(g => !g.Suppressed).ToList();
        Assert.Equal(published.Select(g => Addresses[g.Key].Path), pages.Select(p => p.Path));
    }

    [Fact]
    public void Placeholders_fill_in_the_groups_name_year_and_labels()
    {
        var key = new PeerGroupKey(2025, "B2B", null, "10-49", null);
        Assert.Equal("B2B · all industries · 10-49 employees, 2025 (B2B, all industries, 10-49 employees)",
            PageTemplate.Fill("[group], [year] ([segment], [industry], [employees])", key, Addresses));
    }

    [Theory]
    [InlineData("benchmarks/[sector].md", "input/benchmarks/[sector].md:1: template: '[sector]' is not a dimension of the benchmark, expected one of: [year], [segment], [industry], [employees]")]
    [InlineData("benchmarks/[region].md", "'[region]' is not a dimension of the benchmark")]
    [InlineData("benchmarks/best-[industry].md", "'best-[industry]' in its path is not a whole [dimension]")]
    [InlineData("benchmarks/[segment]/x/[segment].md", "its path names [segment] twice, expected each once")]
    public void A_bracket_that_names_no_dimension_is_an_error_at_the_templates_first_line(string relative, string expected)
    {
        var (template, problems) = Read(relative);
        Assert.Null(template);
        Assert.Contains(expected, problems.Listed[0].ToString(), StringComparison.Ordinal);
    }
}
