namespace RoiReport.Site.Charts;

/// <summary>
/// A chart and its files: SVG ready to inline in a page, PNG for social cards and e-mail, and its
/// text alternative. The files may be drawn or read only when first asked for, so that a build
/// whose pages and chart files are all up to date never touches them.
/// </summary>
public sealed class RenderedChart
{
    private readonly Lazy<(string Svg, byte[] Png)> _files;

    public RenderedChart(Chart chart, string svg, byte[] png, string altText)
        : this(chart, altText, "", () => (svg, png))
    {
    }

    /// <param name="key">A hash of everything its files depend on (see <see cref="ChartCache.Key"/>).</param>
    /// <param name="files">Draws or reads the files; called once, on first use, from any thread.</param>
    public RenderedChart(Chart chart, string altText, string key, Func<(string Svg, byte[] Png)> files)
    {
        Chart = chart;
        AltText = altText;
        Key = key;
        _files = new(files, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public Chart Chart { get; }

    public string AltText { get; }

    public string Key { get; }

    public string Svg => _files.Value.Svg;

    public byte[] Png => _files.Value.Png;
}
