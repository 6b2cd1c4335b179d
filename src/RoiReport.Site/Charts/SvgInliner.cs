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
    /// <remarks>
    /// One pass over the document makes every change, so that a chart's SVG is copied once: a
    /// replacement per kind of change made five copies, about 200 KB a chart.
    /// </remarks>
    public static string Inline(string svg, string chartId)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        string Renamed(string id)
        {
            if (!names.TryGetValue(id, out var name))
            {
                names[id] = name = $"{chartId}-c{names.Count + 1}";
            }
            return name;
        }
        // Every id is numbered before any reference is, so a reference to an id that no element
        // has comes after them all.
        foreach (var id in IdAttribute().EnumerateMatches(svg))
        {
            Renamed(svg.Substring(id.Index + 4, id.Length - 5));
        }
        var sized = false;
        return Change().Replace(svg, change =>
        {
            if (change.Groups["id"] is { Success: true } id)
            {
                return $"id=\"{Renamed(id.Value)}\"";
            }
            if (change.Groups["reference"] is { Success: true } reference)
            {
                return $"{change.Groups["via"].Value}#{Renamed(reference.Value)}";
            }
            if (change.Groups["separator"].Success)
            {
                // Glyph positions come as "1.5, 2.5, " and the trailing separator is not valid SVG.
                return "\"";
            }
            if (change.Groups["root"].Success)
            {
                if (sized)
                {
                    return change.Value;
                }
                sized = true;
                return $"<svg{change.Groups["root"].Value} viewBox=\"0 0 {change.Groups["width"].Value} {change.Groups["height"].Value}\" class=\"chart-svg\" aria-hidden=\"true\" focusable=\"false\"";
            }
            return ""; // the XML declaration, or white space at either end
        });
    }

    [GeneratedRegex("\\bid=\"[^\"]+\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex(
        "<\\?xml[^>]*\\?>\\s*|\\A\\s+|\\s+\\z" +
        "|\\bid=\"(?<id>[^\"]+)\"" +
        "|(?<via>url\\(|href=\")#(?<reference>[^)\"]+)" +
        "|(?<separator>,\\s*\")" +
        "|<svg(?<root>[^>]*?) width=\"(?<width>\\d+)\" height=\"(?<height>\\d+)\"")]
    private static partial Regex Change();
}
