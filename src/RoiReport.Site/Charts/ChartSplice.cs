using System.Text;

namespace RoiReport.Site.Charts;

/// <summary>
/// Puts each chart's drawings into a page after the theme has rendered it. The theme gets a short
/// placeholder for each (the wide drawing and the narrow one) instead of the SVG (tens of kilobytes,
/// on hundreds of pages), so Handlebars never copies the drawings through its writer; a theme must
/// insert them raw, as <c>{{{svg}}}</c> and <c>{{{narrowSvg}}}</c>.
/// </summary>
public static class ChartSplice
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private const string Open = "<!--roireport-chart:";
    private const string Close = "-->";
    private const string Narrow = "narrow:";

    public static string Placeholder(string chartId) => Open + chartId + Close;

    public static string NarrowPlaceholder(string chartId) => Open + Narrow + chartId + Close;

    /// <summary>The page as the UTF-8 of its file, with every placeholder replaced by its chart's drawing.</summary>
    /// <remarks>Encoded piece by piece: put together as a string first, a page was copied twice more.</remarks>
    public static byte[] Fill(string html, IReadOnlyDictionary<string, RenderedChart> charts)
    {
        var pieces = new List<ReadOnlyMemory<char>>();
        var from = 0;
        for (var at = html.IndexOf(Open, StringComparison.Ordinal); at >= 0; at = html.IndexOf(Open, from, StringComparison.Ordinal))
        {
            var end = html.IndexOf(Close, at + Open.Length, StringComparison.Ordinal);
            pieces.Add(html.AsMemory(from, at - from));
            var name = html[(at + Open.Length)..end];
            pieces.Add(name.StartsWith(Narrow, StringComparison.Ordinal) ? charts[name[Narrow.Length..]].NarrowSvg.AsMemory() : charts[name].Svg.AsMemory());
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
