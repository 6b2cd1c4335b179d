using System.Text.RegularExpressions;

namespace RoiReport.Site.Charts;

/// <summary>
/// Turns ScottPlot's SVG document into an element for a page: ids renumbered in order of appearance
/// and prefixed with the chart's id (ScottPlot takes clip-path ids from a counter of the whole
/// process, so they differ from build to build, and two charts on one page could share one), a
/// viewBox instead of a fixed size so it scales, and no XML declaration.
/// </summary>
public static partial class SvgInliner
{
    public static string Inline(string svg, string chartId)
    {
        var prefix = chartId + "-";
        svg = XmlDeclaration().Replace(svg, "");
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        string Renamed(string id)
        {
            if (!ids.TryGetValue(id, out var name))
            {
                ids[id] = name = $"{prefix}c{ids.Count + 1}";
            }
            return name;
        }
        svg = IdAttribute().Replace(svg, m => $"id=\"{Renamed(m.Groups[1].Value)}\"");
        svg = LocalReference().Replace(svg, m => $"{m.Groups[1].Value}#{Renamed(m.Groups[2].Value)}");
        // Glyph positions come as "1.5, 2.5, " and the trailing separator is not valid SVG.
        svg = TrailingListSeparator().Replace(svg, "\"");
        svg = RootSize().Replace(svg, m => $"<svg{m.Groups[1].Value} viewBox=\"0 0 {m.Groups[2].Value} {m.Groups[3].Value}\" class=\"chart-svg\" aria-hidden=\"true\" focusable=\"false\"", 1);
        return svg.Trim();
    }

    [GeneratedRegex(@"<\?xml[^>]*\?>\s*")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex("\\bid=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex("(url\\(|href=\")#([^)\"]+)")]
    private static partial Regex LocalReference();

    [GeneratedRegex(",\\s*\"")]
    private static partial Regex TrailingListSeparator();

    [GeneratedRegex("<svg([^>]*?) width=\"(\\d+)\" height=\"(\\d+)\"")]
    private static partial Regex RootSize();
}
