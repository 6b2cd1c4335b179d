namespace RoiReport.Site.Charts;

/// <summary>A chart's drawings: the wide SVG (inlined, and the SVG file), the narrow SVG inlined for phones, and the PNG.</summary>
public sealed record ChartFiles(string Svg, string NarrowSvg, byte[] Png);

/// <summary>
/// A chart and its files: SVG ready to inline in a page, PNG for social cards and e-mail, and its
/// text alternative. The files may be drawn or read only when first asked for, so that a build
/// whose pages and chart files are all up to date never touches them.
/// </summary>
public sealed class RenderedChart
{
    private readonly Lazy<ChartFiles> _files;

    public RenderedChart(Chart chart, ChartFiles files, string altText)
        : this(chart, altText, "", () => files)
    {
    }

    /// <param name="key">A hash of everything its files depend on (see <see cref="ChartCache.Key"/>).</param>
    /// <param name="files">Draws or reads the files; called once, on first use, from any thread.</param>
    public RenderedChart(Chart chart, string altText, string key, Func<ChartFiles> files)
    {
        Chart = chart;
        AltText = altText;
        Key = key;
        _files = new(files, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public Chart Chart { get; }

    public string AltText { get; }

    public string Key { get; }

    public ChartFiles Files => _files.Value;

    public string Svg => _files.Value.Svg;

    public string NarrowSvg => _files.Value.NarrowSvg;

    public byte[] Png => _files.Value.Png;
}
