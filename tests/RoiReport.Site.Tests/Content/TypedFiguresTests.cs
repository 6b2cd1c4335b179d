using System.Text.RegularExpressions;
using RoiReport.Tests.Shared;

namespace RoiReport.Site.Tests.Content;

/// <summary>
/// The demonstration's pages state no figure by hand: every percentage, amount and count comes from
/// a shortcode, so the words cannot drift from the data. The check itself is checked on sentences
/// that type figures in each way it looks for.
/// </summary>
public sealed partial class TypedFiguresTests
{
    public static TheoryData<string> Pages() =>
        [.. Directory.EnumerateFiles(Path.Combine(Folders.Repository, "input"), "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Folders.Repository, f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_demonstration_page_types_no_figure(string page)
    {
        var text = File.ReadAllText(Path.Combine(Folders.Repository, page));
        Assert.Equal([], TypedFigures(text));
    }

    [Theory]
    [InlineData("a third of firms could not attribute sales", "a third")]
    [InlineData("The first wave: half of social-media hours cannot be priced", "half")]
    [InlineData("a quarter of firms lost money", "a quarter")]
    [InlineData("31% had a zero or negative return", "31%")]
    [InlineData("earned 12.5 percent more", "12.5 percent")]
    [InlineData("the median hour earned $7.92", "$7.92")]
    [InlineData("the median hour earned 7.92 USD", "7.92 USD")]
    [InlineData("asked 2,000 firms", "2,000")]
    [InlineData("asked 2000 firms", "2000 firms")]
    [InlineData("one in four firms", "one in four")]
    [InlineData("3 of 10 firms", "3 of 10")]
    public void Typed_figures_are_found(string sentence, string figure) =>
        Assert.Equal([figure], TypedFigures(sentence));

    [Theory]
    [InlineData("{{< figure stat=\"share_attributing\" segment=\"B2B\" cut=\"sales_cycle_months\" band=\"12+\" year=\"2024\" >}} of firms")]
    [InlineData("The 2024 wave, dated 2024-11-18, in `roireport sample --firms 2000`")]
    [InlineData("p10 and p90 leave out the tails; the 10th percentile; p25 and p75 bound the middle half of firms")]
    [InlineData("[the 2025 benchmarks](../../benchmarks/2025/)")]
    public void Years_shortcodes_code_and_links_are_not_figures(string sentence) =>
        Assert.Equal([], TypedFigures(sentence));

    /// <summary>What a text types as a figure, outside shortcodes, code and link targets.</summary>
    private static List<string> TypedFigures(string text)
    {
        var prose = Outside().Replace(text, " ");
        return [.. Figure().Matches(prose).Select(m => m.Value.Trim())];
    }

    [GeneratedRegex(@"\{\{<.*?>\}\}|`[^`]*`|\]\([^)]*\)|\b\d{4}-\d{2}-\d{2}\b", RegexOptions.Singleline)]
    private static partial Regex Outside();

    [GeneratedRegex(
        @"\d+(?:[.,]\d+)*\s*(?:%|percent\b|per cent\b)|[$€£]\s*\d[\d,.]*|\d[\d,.]*\s*(?:USD|EUR|GBP|dollars|euros)\b|\b\d{1,3}(?:,\d{3})+\b|\b\d{2,}(?:\.\d+)?\s+(?:firms|respondents|companies)\b|\b(?:(?<!middle )half|a third|one third|two thirds|a quarter|one quarter|three quarters|a fifth|a tenth)\b|\bone in (?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b|\b\d+ (?:of|in) (?:every )?\d+\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex Figure();
}
