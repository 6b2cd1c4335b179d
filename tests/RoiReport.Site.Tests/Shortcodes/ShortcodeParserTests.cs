using RoiReport.Core.Diagnostics;
using RoiReport.Site.Shortcodes;

namespace RoiReport.Site.Tests.Shortcodes;

public sealed class ShortcodeParserTests
{
    private static (IReadOnlyList<Shortcode> Found, DiagnosticBag Problems) Parse(string markdown, int firstLine = 5)
    {
        var problems = new DiagnosticBag();
        return (ShortcodeParser.Parse(markdown, "page.md", firstLine, problems), problems);
    }

    [Fact]
    public void Reads_names_positional_and_named_values_and_their_lines()
    {
        var (found, problems) = Parse("Intro\n\nText {{< chart \"distribution\" segment=\"B2B\" industry=\"Health & care\" year=2025 >}} more\n");
        Assert.True(problems.IsEmpty);
        var shortcode = Assert.Single(found);
        Assert.Equal("chart", shortcode.Name);
        Assert.Equal(["distribution"], shortcode.Positional);
        Assert.Equal("Health & care", shortcode.Named["industry"]);
        Assert.Equal("2025", shortcode.Named["year"]);
        Assert.Equal(7, shortcode.Line);
        Assert.Equal("{{<", "Intro\n\nText {{< chart"[shortcode.Start..(shortcode.Start + 3)]);
    }

    [Fact]
    public void Leaves_code_spans_and_fenced_code_alone()
    {
        var (found, problems) = Parse("`{{< chart \"trend\" >}}`\n```\n{{< figure stat=\"p50\" >}}\n```\n~~~md\n{{< nope >}}\n~~~\n{{< figure stat=\"n\" >}}\n");
        Assert.True(problems.IsEmpty);
        Assert.Equal("figure", Assert.Single(found).Name);
        Assert.Equal(12, found[0].Line);
    }

    [Theory]
    [InlineData("{{< chart \"trend\"", "page.md:5: shortcode: is never closed, expected >}} on the same line")]
    [InlineData("{{< chart segment=\"B2B >}}", "page.md:5: shortcode: has a quoted value that is never closed")]
    [InlineData("{{< segment=\"B2B\" >}}", "page.md:5: shortcode: has no name")]
    [InlineData("{{< figure stat=\"n\" stat=\"p50\" >}}", "page.md:5: shortcode figure: gives stat twice")]
    public void A_malformed_shortcode_is_reported_with_its_line(string markdown, string expected)
    {
        var (found, problems) = Parse(markdown);
        Assert.Empty(found);
        Assert.StartsWith(expected, problems.Listed[0].ToString(), StringComparison.Ordinal);
    }
}
