using System.Text;

namespace RoiReport.Site.Charts;

/// <summary>
/// Puts each chart's two drawings into a page after the theme has rendered it: the wide one and the
/// narrow one, of which the theme's CSS shows the one that suits the chart's width. The theme gets a short
/// placeholder instead of the SVG (tens of kilobytes, on hundreds of pages), so Handlebars never
/// copies the drawings through its writer; a theme must insert it raw, as <c>{{{svg}}}</c>.
/// </summary>
public static class ChartSplice
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private const string Open = "<!--roireport-chart:";
    private const string Close = "-->";

    public static string Placeholder(string chartId) => Open + chartId + Close;

    /// <summary>The page as the UTF-8 of its file, with every placeholder replaced by its chart's SVG.</summary>
    /// <remarks>Encoded piece by piece: put together as a string first, a page was copied twice more.</remarks>
    public static byte[] Fill(string html, IReadOnlyDictionary<string, RenderedChart> charts)
    {
        var pieces = new List<ReadOnlyMemory<char>>();
        var from = 0;
        for (var at = html.IndexOf(Open, StringComparison.Ordinal); at >= 0; at = html.IndexOf(Open, from, StringComparison.Ordinal))
        {
            var end = html.IndexOf(Close, at + Open.Length, StringComparison.Ordinal);
            pieces.Add(html.AsMemory(from, at - from));
            var chart = charts[html[(at + Open.Length)..end]];
            pieces.Add("<div class=\"chart-wide\">".AsMemory());
            pieces.Add(chart.Svg.AsMemory());
            pieces.Add("</div><div class=\"chart-narrow\">".AsMemory());
            pieces.Add(chart.NarrowSvg.AsMemory());
            pieces.Add("</div>".AsMemory());
            from = end + Close.Length;
        }
        pieces.Add(html.AsMemory(from));
        // Pieces are cut at ASCII markers, so no character is split between two of them.
        var page = new byte[pieces.Sum(piece => Utf8.GetByteCount(piece.Span))];
        var written = 0;
        foreach (var piece in pieces)
        {
            written += Utf8.GetBytes(piece.Span, page.AsSpan(written));
        }
        return page;
    }
}
