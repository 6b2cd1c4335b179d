using RoiReport.Core.Diagnostics;
using RoiReport.Site.Content;

namespace RoiReport.Site.Tests.Content;

public sealed class ContentLoaderTests
{
    private static readonly string[] Layouts = ["page", "post", "home"];

    private static (SourceDocument? Document, DiagnosticBag Problems) Parse(string text, string relative = "about.md")
    {
        var problems = new DiagnosticBag();
        return (ContentLoader.Parse("input/" + relative, relative, text, Layouts, problems), problems);
    }

    [Fact]
    public void Reads_front_matter_and_knows_where_the_body_starts()
    {
        var (document, problems) = Parse("---\ntitle: About\ndescription: Who we are\ntags: [a, b]\n---\n# Hello\n");
        Assert.True(problems.IsEmpty);
        Assert.Equal("About", document!.FrontMatter.Title);
        Assert.Equal("page", document.FrontMatter.Layout);
        Assert.Equal(["a", "b"], document.FrontMatter.Tags);
        Assert.Equal(6, document.BodyLine);
        Assert.Equal("about/", document.SitePath);
    }

    [Fact]
    public void A_template_is_a_group_page_unless_it_names_another_layout()
    {
        var (document, problems) = Parse("---\ntitle: \"[group]\"\ninclude_all: true\n---\n", "benchmarks/[segment].md");
        Assert.True(problems.IsEmpty, string.Join("\n", problems.Listed));
        Assert.True(document!.IsTemplate);
        Assert.True(document.FrontMatter.IncludeAll);
        Assert.Equal("group", document.FrontMatter.Layout);
    }

    [Theory]
    [InlineData("# No front matter\n", "input/about.md:1: front matter: missing, expected the file to start with a --- line")]
    [InlineData("---\ntitle: x\n", "input/about.md:1: front matter: is never closed")]
    [InlineData("---\ndescription: x\n---\n", "input/about.md:1: title: missing")]
    [InlineData("---\ntitle: x\n\ntitel: y\n---\n", "input/about.md:4: titel: unknown front matter setting, expected one of: title, description, date, draft, layout, tags, include_all")]
    [InlineData("---\ntitle: x\ninclude_all: true\n---\n", "input/about.md:3: include_all: applies only to a templated page, one whose file name has a [dimension] in brackets")]
    [InlineData("---\ntitle: [group]\n---\n", "input/about.md:2: title: expected text; text that starts with [ or { must be in quotes, such as title: \"[group]\"")]
    [InlineData("---\ntitle: x\nlayout: fancy\n---\n", "input/about.md:3: layout: 'fancy' is not a layout of the theme, expected one of: home, page, post")]
    [InlineData("---\ntitle: x\ndate: 17/11/2025\n---\n", "input/about.md:3: date: '17/11/2025' is not a date, expected YYYY-MM-DD")]
    [InlineData("---\ntitle: Wave: two\n---\n", "input/about.md:2: front matter: is not valid YAML")]
    public void A_mistake_names_the_file_and_the_line_an_editor_shows(string text, string expected)
    {
        var (document, problems) = Parse(text);
        Assert.Null(document);
        Assert.StartsWith(expected, problems.Listed[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_post_needs_a_date()
    {
        var (_, problems) = Parse("---\ntitle: x\n---\n", "posts/x.md");
        Assert.StartsWith("input/posts/x.md:1: date: missing, expected date: YYYY-MM-DD on every post", problems.Listed[0].ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("index.md", "")]
    [InlineData("posts/wave.md", "posts/wave/")]
    [InlineData("guides/index.md", "guides/")]
    public void Files_map_to_folder_addresses(string relative, string sitePath)
    {
        var (document, _) = Parse("---\ntitle: x\ndate: 2025-01-02\n---\n", relative);
        Assert.Equal(sitePath, document!.SitePath);
    }
}
