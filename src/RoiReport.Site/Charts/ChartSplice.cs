using System.Text;

namespace RoiReport.Site.Charts;

/// <summary>
/// Puts each chart's SVG into a page after the theme has rendered it. The theme gets a short
/// placeholder instead of the SVG (tens of kilobytes, on hundreds of pages), so Handlebars never
/// copies the drawings through its writer; a theme must insert it raw, as <c>{{{svg}}}</c>.
/// </summary>
public static class ChartSplice
{
    private const string Open = "<!--roireport-chart:";
    private const string Close = "-->";

    public static string Placeholder(string chartId) => Open + chartId + Close;

    /// <summary>The page with every placeholder replaced by its chart's SVG.</summary>
    public static string Fill(string html, IReadOnlyDictionary<string, RenderedChart> charts)
    {
        var at = html.IndexOf(Open, StringComparison.Ordinal);
        if (at < 0)
        {
            return html;
        }
        var page = new StringBuilder(html.Length + (32 * 1024));
        var from = 0;
        while (at >= 0)
        {
            var end = html.IndexOf(Close, at + Open.Length, StringComparison.Ordinal);
            page.Append(html, from, at - from).Append(charts[html[(at + Open.Length)..end]].Svg);
            from = end + Close.Length;
            at = html.IndexOf(Open, from, StringComparison.Ordinal);
        }
        return page.Append(html, from, html.Length - from).ToString();
    }
}
