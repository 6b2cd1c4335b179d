using System.Text.Json;
using System.Text.RegularExpressions;
using RoiReport.Site.Pages;

namespace RoiReport.Site.Output;

/// <summary>
/// search-index.json: every page a reader may look for (pages, posts, waves, peer groups, the
/// methodology and the calculator; not embeds or the 404), with its title, what kind of page it is,
/// and its text, which assets/search.js searches in the browser. Nothing is sent anywhere.
/// </summary>
public static partial class SearchIndex
{
    public const string FileName = "search-index.json";

    /// <summary>The most of a page's own text that is indexed: enough for its opening paragraphs.</summary>
    private const int TextLength = 1500;

    public static byte[] Write(IEnumerable<PlannedPage> pages)
    {
        var entries = pages.Where(p => p.Layout is not ("embed" or "embeds") && p.Path != "404.html")
            .OrderBy(p => p.Path, StringComparer.Ordinal)
            .Select(p => new Entry(p.Path, p.Title, Kind(p), Text(p), WaveYear().Match(p.Path) is { Success: true } year ? int.Parse(year.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null));
        return JsonSerializer.SerializeToUtf8Bytes(entries, Options);
    }

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <param name="Year">The wave of a wave's or a peer group's page, which ranks the latest first among equals.</param>
    private sealed record Entry(string Path, string Title, string Kind, string Text, int? Year);

    private static string Kind(PlannedPage page) => page.Layout switch
    {
        "post" => "Post",
        "group" => "Peer group",
        "year" => "Wave",
        _ => "Page",
    };

    /// <summary>The description, then the page's Markdown without its markup and shortcodes, cut at a word.</summary>
    private static string Text(PlannedPage page)
    {
        var markdown = page.Source?.Markdown ?? "";
        var plain = Spaces().Replace(Markup().Replace(Shortcode().Replace(markdown, " "), " "), " ").Trim();
        var text = $"{page.Description} {plain}".Trim();
        return text.Length <= TextLength ? text : text[..text.LastIndexOf(' ', TextLength)];
    }

    [GeneratedRegex(@"\{\{<.*?>\}\}", RegexOptions.Singleline)]
    private static partial Regex Shortcode();

    /// <summary>A link's target, an HTML tag, or a character of Markdown's syntax.</summary>
    [GeneratedRegex(@"\]\([^)\s]*\)|<[^>]+>|[#*_`>|\[\]]")]
    private static partial Regex Markup();

    [GeneratedRegex(@"^benchmarks/(\d{4})/")]
    private static partial Regex WaveYear();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
