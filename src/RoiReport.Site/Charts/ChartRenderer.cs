using System.Text;
using ScottPlot;
using SkiaSharp;

namespace RoiReport.Site.Charts;

/// <summary>Draws charts with ScottPlot in the publication style. Safe to call in parallel.</summary>
public sealed class ChartRenderer
{
    private readonly Money _money;
    private readonly ChartTypeface _whole;
    private readonly Lazy<(ChartTypeface Typeface, HashSet<int> Characters)?> _reduced;

    /// <param name="font">The TTF of <see cref="ChartStyle.FontName"/>, so charts look the same on every machine.</param>
    /// <param name="charts">The charts this renderer is likely to draw, whose text decides the characters of the reduced font (see <see cref="CharacterMap"/>).</param>
    public ChartRenderer(Money money, byte[] font, IEnumerable<Chart> charts)
    {
        _money = money;
        _whole = ChartTypeface.Register(font);
        _reduced = new(() => Reduce(font, [.. charts], money));
        var code = typeof(ChartRenderer).Assembly.ManifestModule.ModuleVersionId;
        var scottPlot = typeof(Plot).Assembly.GetName().Version;
        Fingerprint = $"{money.Currency} {_whole.Hash} {code} ScottPlot {scottPlot}";
    }

    /// <summary>Everything besides the chart itself that its files depend on: currency, font and code.</summary>
    public string Fingerprint { get; }

    /// <summary>
    /// Draws the chart once and renders it twice: the SVG with the reduced font when it has every
    /// character of the chart, then the PNG with the whole font. FreeType's auto-hinter finds each
    /// script's reference letters through the character map, so a reduced map can shift hinted
    /// pixels (it did for Greek); SVG text is not hinted, and only the SVG backend needs the reduced
    /// map. The PNG reuses the layout the SVG's render worked out, which saves a third of its time.
    /// </summary>
    public RenderedChart Render(Chart chart)
    {
        var plot = Draw(chart);
        var svg = Svg(plot, chart, SvgTypeface(chart));
        return new RenderedChart(chart, svg, Png(plot), AltText(chart));
    }

    public string AltText(Chart chart) => ChartText.Alternative(chart, _money);

    /// <summary>The chart drawn with the whole font only, and each format from a plot of its own: what <see cref="Render"/> must make.</summary>
    internal RenderedChart RenderWithWholeFont(Chart chart) =>
        new(chart, Svg(Draw(chart), chart, _whole), Png(Draw(chart)), AltText(chart));

    /// <summary>Whether the chart's SVG is drawn with the reduced font.</summary>
    internal bool DrawsSvgWithReducedFont(Chart chart) => SvgTypeface(chart) != _whole;

    /// <summary>The reduced font when it has every character of the chart's own text, else the whole one.</summary>
    private ChartTypeface SvgTypeface(Chart chart) =>
        _reduced.Value is { } reduced && OwnText(chart).EnumerateRunes().All(r => reduced.Characters.Contains(r.Value)) ? reduced.Typeface : _whole;

    /// <summary>
    /// The font with the characters the charts may draw: their titles and labels, the currency,
    /// and what ScottPlot writes on its own (tick numbers): printable ASCII and Latin-1, general
    /// punctuation, currency signs and the minus sign.
    /// </summary>
    private static (ChartTypeface, HashSet<int>)? Reduce(byte[] font, IReadOnlyList<Chart> charts, Money money)
    {
        var characters = new HashSet<int>();
        foreach (var (from, to) in new[] { (0x20, 0x7E), (0xA0, 0xFF), (0x2000, 0x206F), (0x20A0, 0x20CF), (0x2212, 0x2212) })
        {
            characters.UnionWith(Enumerable.Range(from, to - from + 1));
        }
        foreach (var text in charts.Select(OwnText).Append(money.Symbol + money.Currency))
        {
            characters.UnionWith(text.EnumerateRunes().Select(r => r.Value));
        }
        return CharacterMap.Reduce(font, characters) is { } reduced ? (ChartTypeface.Register(reduced), characters) : null;
    }

    /// <summary>The chart's text that comes from the survey: title, labels and series.</summary>
    private static string OwnText(Chart chart) =>
        string.Concat(chart.Rows.Select(r => r.Label + r.Series).Prepend(chart.Title));

    /// <summary>
    /// The SVG. ScottPlot renders a plot twice the first time, the second time with the axis limits
    /// the first settled; its <c>GetSvgXml</c> had Skia's SVG writer write both renders, through a
    /// managed stream, and kept the first. The plot is laid out on a canvas that draws nothing
    /// instead, so that the SVG writer runs once, into native memory: the same document for much
    /// less of a cold build (see docs/performance.md).
    /// </summary>
    private static string Svg(Plot plot, Chart chart, ChartTypeface typeface)
    {
        UseFont(plot, typeface.Name);
        using (var layout = new SKNoDrawCanvas(ChartStyle.Width, ChartStyle.Height))
        {
            plot.Render(layout, ChartStyle.Width, ChartStyle.Height);
        }
        using var stream = new SKDynamicMemoryWStream();
        using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, ChartStyle.Width, ChartStyle.Height), stream))
        {
            plot.Render(canvas, ChartStyle.Width, ChartStyle.Height);
        }
        using var document = stream.DetachAsData();
        return SvgInliner.Inline(Encoding.UTF8.GetString(document.AsSpan()), chart.Id);
    }

    /// <summary>The PNG, encoded by <see cref="PngEncoder"/> rather than ScottPlot's own (Skia's, with every filter at zlib level 6), which was most of a chart's time.</summary>
    private byte[] Png(Plot plot)
    {
        UseFont(plot, _whole.Name);
        plot.ScaleFactor = ChartStyle.PngWidth / (float)ChartStyle.Width;
        using var surface = SKSurface.Create(new SKImageInfo(ChartStyle.PngWidth, ChartStyle.PngHeight, SKColorType.Rgba8888, SKAlphaType.Opaque));
        plot.Render(surface.Canvas, ChartStyle.PngWidth, ChartStyle.PngHeight);
        using var pixels = surface.PeekPixels();
        return PngEncoder.EncodeOpaque(pixels.GetPixelSpan(), pixels.Width, pixels.Height, pixels.RowBytes);
    }

    /// <summary>
    /// Sets every text of the plot in the font: title, axes, ticks, labels and legend. Each is set
    /// here, since a text added to a plot takes ScottPlot's process-wide default font, which every
    /// <c>Font.Set</c> of charts drawn in parallel changes.
    /// </summary>
    private static void UseFont(Plot plot, string font)
    {
        plot.Font.Set(font);
        plot.Legend.FontName = font;
        foreach (var text in plot.GetPlottables().OfType<ScottPlot.Plottables.Text>())
        {
            text.LabelFontName = font;
        }
    }

    private Plot Draw(Chart chart)
    {
        var plot = new Plot();
        // The figure's background covers the whole canvas, and the data area's is the same: filling
        // the canvas three times cost a tenth of a PNG's time.
        plot.RenderManager.ClearCanvasBeforeEachRender = false;
        plot.FigureBackground.Color = ChartStyle.Background;
        plot.DataBackground.Color = Colors.Transparent;
        plot.Axes.Color(ChartStyle.Text);
        plot.Grid.MajorLineColor = ChartStyle.Grid;
        plot.Title(chart.Title, 19);
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.TickLabelStyle.FontSize = 14;
            axis.Label.FontSize = 16;
        }
        var valueAxis = $"Net margin per hour ({_money.Currency})";

        // Solid: Skia's SVG backend cannot draw dashes (it prints a warning and draws them solid).
        var zero = plot.Add.HorizontalLine(0, 2, ChartStyle.Zero);
        if (chart.Kind == ChartKind.Trend)
        {
            DrawTrend(plot, chart);
            plot.YLabel(valueAxis);
            plot.XLabel("Survey wave");
        }
        else if (chart.Kind is ChartKind.Distribution or ChartKind.Gap)
        {
            plot.Remove(zero);
            plot.Add.VerticalLine(0, 2, ChartStyle.Zero);
            DrawDistribution(plot, chart);
            plot.XLabel(chart.Kind == ChartKind.Gap ? $"Social media less other marketing, per hour ({_money.Currency})" : valueAxis);
        }
        else if (chart.Kind == ChartKind.AttributingBySalesCycle)
        {
            DrawShares(plot, chart);
            plot.YLabel("Firms that can attribute sales (%)");
            plot.XLabel(ChartBuilder.BandUnit(ChartKinds.Cut(chart.Kind)!.Value));
        }
        else
        {
            DrawBoxes(plot, chart);
            plot.YLabel(valueAxis);
            if (ChartKinds.Cut(chart.Kind) is { } cut)
            {
                plot.XLabel(ChartBuilder.BandUnit(cut));
            }
        }
        return plot;
    }

    private static void DrawBoxes(Plot plot, Chart chart)
    {
        var positions = Positions(chart);
        for (var i = 0; i < chart.Rows.Count; i++)
        {
            // The plottable's colours win over the box's own.
            var box = plot.Add.Box(BoxOf(chart.Rows[i], positions[i]));
            box.FillColor = ChartStyle.SeriesColor(chart.Rows[i].Series);
            box.LineColor = ChartStyle.Text;
            box.LineWidth = 1.5f;
        }
        BandTicks(plot, chart, positions);
    }

    /// <summary>One tick per row, at its position, with its n: on a line of its own on a chart by band.</summary>
    private static void BandTicks(Plot plot, Chart chart, double[] positions)
    {
        plot.Axes.Bottom.SetTicks(positions,
            [.. chart.Rows.Select(r => ChartKinds.Cut(chart.Kind) is not null ? $"{r.Label}\nn={r.N:N0}" : $"{r.Label} (n = {r.N:N0})")]);
        plot.Axes.SetLimitsX(0.4, positions[^1] + 0.6);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
    }

    /// <summary>Where each row stands: one apart, and half as much again between bands where each band has a box per segment.</summary>
    private static double[] Positions(Chart chart)
    {
        var positions = new double[chart.Rows.Count];
        for (var i = 0; i < positions.Length; i++)
        {
            var band = chart.Rows[i].Label.Split('\n')[^1];
            positions[i] = i == 0 ? 1 : positions[i - 1] + (band != chart.Rows[i - 1].Label.Split('\n')[^1] && chart.Rows[i].Label.Contains('\n') ? 1.5 : 1);
        }
        return positions;
    }

    /// <summary>Bars of a share, each labelled with its percentage, on a scale from 0 to 100%.</summary>
    private static void DrawShares(Plot plot, Chart chart)
    {
        var positions = Positions(chart);
        for (var i = 0; i < chart.Rows.Count; i++)
        {
            var share = chart.Rows[i].Share!.Value * 100;
            var bar = plot.Add.Bar(positions[i], share);
            bar.Color = ChartStyle.SeriesColor(chart.Rows[i].Series);
            var label = plot.Add.Text($"{share:0}%", positions[i], share);
            label.LabelFontColor = ChartStyle.Text;
            label.LabelFontSize = 14;
            label.LabelAlignment = Alignment.LowerCenter;
        }
        BandTicks(plot, chart, positions);
        plot.Axes.SetLimitsY(0, 105);
    }

    private void DrawDistribution(Plot plot, Chart chart)
    {
        // ScottPlot 5.1.59 throws NotImplementedException for horizontal boxes, so this one is drawn from parts.
        var row = chart.Rows[0];
        var color = ChartStyle.SeriesColor(row.Series);
        var (low, high) = (row.P10 ?? row.P25!.Value, row.P90 ?? row.P75!.Value);
        foreach (var (from, to) in new[] { (low, row.P25!.Value), (row.P75!.Value, high) })
        {
            var whisker = plot.Add.Line(from, 1, to, 1);
            whisker.LineColor = ChartStyle.Text;
            whisker.LineWidth = 1.5f;
        }
        var box = plot.Add.Rectangle(row.P25!.Value, row.P75!.Value, 0.75, 1.25);
        box.FillColor = color;
        box.LineColor = ChartStyle.Text;
        box.LineWidth = 1.5f;
        foreach (var x in new[] { low, row.P50!.Value, high })
        {
            var tick = plot.Add.Line(x, x == row.P50 ? 0.75 : 0.9, x, x == row.P50 ? 1.25 : 1.1);
            tick.LineColor = ChartStyle.Text;
            tick.LineWidth = x == row.P50 ? 3 : 1.5f;
        }
        plot.Axes.Left.SetTicks([1], [$"n = {row.N:N0}"]);
        plot.Axes.SetLimitsY(0.25, 1.75);
        // Room on both sides for the outer labels, which are centred on their quantiles (and on zero, which is drawn).
        var (left, right) = (Math.Min(low, 0), Math.Max(high, 0));
        var margin = Math.Max(right - left, 1) * 0.1;
        plot.Axes.SetLimitsX(left - margin, right + margin);
        foreach (var (name, value) in Quantiles(row))
        {
            // Quartiles below the box, the rest above, so that neighbours do not overlap.
            var label = plot.Add.Text($"{name}\n{_money.Amount(value)}", value, name is "p25" or "p75" ? 0.5 : 1.55);
            label.LabelFontColor = ChartStyle.Text;
            label.LabelFontSize = 14;
            label.LabelAlignment = Alignment.MiddleCenter;
        }
    }

    private static void DrawTrend(Plot plot, Chart chart)
    {
        double[] xs = [.. chart.Rows.Select((_, i) => i + 1.0)];
        var color = ChartStyle.SocialMedia;
        if (chart.Rows.All(r => r.P25 is not null && r.P75 is not null))
        {
            var band = plot.Add.FillY(xs, [.. chart.Rows.Select(r => r.P25!.Value)], [.. chart.Rows.Select(r => r.P75!.Value)]);
            band.FillColor = color.WithAlpha(0.18);
            band.LineColor = Colors.Transparent;
            band.LegendText = "Middle half of firms (p25–p75)";
        }
        foreach (var (x, row) in xs.Zip(chart.Rows))
        {
            if (row.CiLow is { } low && row.CiHigh is { } high)
            {
                var ci = plot.Add.Line(x, low, x, high);
                ci.LineColor = ChartStyle.Text;
                ci.LineWidth = 2;
            }
        }
        var median = plot.Add.Scatter(xs, [.. chart.Rows.Select(r => r.P50 ?? double.NaN)]);
        median.Color = color;
        median.LineWidth = 3;
        median.MarkerSize = 10;
        median.LegendText = "Median, with its 95% confidence interval";
        plot.Axes.Bottom.SetTicks(xs, [.. chart.Rows.Select(r => $"{r.Label} (n = {r.N:N0})")]);
        plot.Axes.SetLimitsX(0.6, xs.Length + 0.4);
        plot.ShowLegend(Alignment.UpperLeft);
        plot.Legend.FontColor = ChartStyle.Text;
    }

    private static Box BoxOf(ChartRow row, double position)
    {
        return new Box
        {
            Position = position,
            BoxMin = row.P25!.Value,
            BoxMax = row.P75!.Value,
            BoxMiddle = row.P50,
            WhiskerMin = row.P10 ?? row.P25!.Value,
            WhiskerMax = row.P90 ?? row.P75!.Value,
            Width = 0.5,
        };
    }

    private static IEnumerable<(string Name, double Value)> Quantiles(ChartRow row)
    {
        (string, double?)[] all = [("p10", row.P10), ("p25", row.P25), ("p50", row.P50), ("p75", row.P75), ("p90", row.P90)];
        return all.Where(q => q.Item2 is not null).Select(q => (q.Item1, q.Item2!.Value));
    }
}
