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
    /// Draws the chart twice, wide and narrow. The wide drawing is rendered twice: the SVG with the
    /// reduced font when it has every character of the chart, then the PNG with the whole font.
    /// FreeType's auto-hinter finds each script's reference letters through the character map, so a
    /// reduced map can shift hinted pixels (it did for Greek); SVG text is not hinted, and only the
    /// SVG backend needs the reduced map. The PNG reuses the layout the SVG's render worked out.
    /// </summary>
    public RenderedChart Render(Chart chart)
    {
        var typeface = SvgTypeface(chart);
        var (wide, wideLayout) = Draw(chart, narrow: false);
        var svg = Svg(wide, chart.Id, wideLayout, typeface);
        var (narrow, narrowLayout) = Draw(chart, narrow: true);
        return new RenderedChart(chart, new ChartFiles(svg, Svg(narrow, chart.Id + "-narrow", narrowLayout, typeface), Png(wide)), AltText(chart));
    }

    public string AltText(Chart chart) => ChartText.Alternative(chart, _money);

    /// <summary>The chart drawn with the whole font only, and each format from a plot of its own: what <see cref="Render"/> must make.</summary>
    internal RenderedChart RenderWithWholeFont(Chart chart)
    {
        var (wide, wideLayout) = Draw(chart, narrow: false);
        var (narrow, narrowLayout) = Draw(chart, narrow: true);
        var files = new ChartFiles(Svg(wide, chart.Id, wideLayout, _whole), Svg(narrow, chart.Id + "-narrow", narrowLayout, _whole), Png(Draw(chart, narrow: false).Plot));
        return new RenderedChart(chart, files, AltText(chart));
    }

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
    private static string Svg(Plot plot, string id, ChartLayout layout, ChartTypeface typeface)
    {
        UseFont(plot, typeface.Name);
        using (var canvas = new SKNoDrawCanvas(layout.Width, layout.Height))
        {
            plot.Render(canvas, layout.Width, layout.Height);
        }
        using var stream = new SKDynamicMemoryWStream();
        using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, layout.Width, layout.Height), stream))
        {
            plot.Render(canvas, layout.Width, layout.Height);
        }
        using var document = stream.DetachAsData();
        return SvgInliner.Inline(Encoding.UTF8.GetString(document.AsSpan()), id);
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

    /// <summary>The chart as a plot, and the size it is laid out for: wide, or narrow with its categories running down.</summary>
    private (Plot Plot, ChartLayout Layout) Draw(Chart chart, bool narrow)
    {
        var plot = new Plot();
        // The figure's background covers the whole canvas, and the data area's is the same: filling
        // the canvas three times cost a tenth of a PNG's time.
        plot.RenderManager.ClearCanvasBeforeEachRender = false;
        plot.FigureBackground.Color = ChartStyle.Background;
        plot.DataBackground.Color = Colors.Transparent;
        plot.Axes.Color(ChartStyle.Text);
        plot.Grid.MajorLineColor = ChartStyle.Grid;
        var width = narrow ? ChartStyle.NarrowWidth : ChartStyle.Width;
        var title = Wrapped(chart.Title, ChartStyle.TitleSize, width - 24);
        plot.Title(title, ChartStyle.TitleSize);
        // Centred on the drawing, whose width the title was wrapped to, not on the data area beside the axis.
        plot.Axes.Title.FullFigureCenter = true;
        var layout = narrow ? ChartLayout.NarrowFor(chart, title.Split('\n').Length) : ChartLayout.Wide;
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.TickLabelStyle.FontSize = ChartStyle.TextSize;
            axis.Label.FontSize = ChartStyle.AxisLabelSize;
        }
        var valueAxis = $"Net margin per hour ({_money.Currency})";
        if (chart.Kind == ChartKind.Trend)
        {
            plot.Add.HorizontalLine(0, 2, ChartStyle.Zero);
            DrawTrend(plot, chart, narrow);
            plot.YLabel(valueAxis);
            plot.XLabel("Survey wave");
        }
        else if (chart.Kind is ChartKind.Distribution or ChartKind.Gap)
        {
            DrawDistribution(plot, chart, width);
            plot.XLabel(chart.Kind == ChartKind.Gap ? $"Social media less other marketing, per hour ({_money.Currency})" : valueAxis);
        }
        else if (chart.Kind == ChartKind.AttributingBySalesCycle)
        {
            DrawShares(plot, chart, narrow);
            AxisLabels(plot, narrow, "Firms that can attribute sales (%)", ChartBuilder.BandUnit(ChartKinds.Cut(chart.Kind)!.Value));
        }
        else
        {
            DrawBoxes(plot, chart, narrow);
            AxisLabels(plot, narrow, valueAxis, ChartKinds.Cut(chart.Kind) is { } cut ? ChartBuilder.BandUnit(cut) : null);
        }
        // An axis label longer than the data area beside it would run off the drawing.
        plot.Axes.Bottom.Label.Text = Wrapped(plot.Axes.Bottom.Label.Text, ChartStyle.AxisLabelSize, width - 110);
        return (plot, layout);
    }

    /// <summary>The value axis runs up a wide chart and across a narrow one; the categories the other way.</summary>
    private static void AxisLabels(Plot plot, bool narrow, string values, string? categories)
    {
        (narrow ? plot.Axes.Bottom.Label : plot.Axes.Left.Label).Text = values;
        if (categories is not null)
        {
            (narrow ? plot.Axes.Left.Label : plot.Axes.Bottom.Label).Text = categories;
        }
    }

    /// <summary>The text broken into lines that each fit <paramref name="width"/> at <paramref name="size"/>, at spaces.</summary>
    private string Wrapped(string text, float size, float width)
    {
        using var font = new SKFont(_whole.Skia, size);
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' '))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && font.MeasureText(candidate) > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }
        lines.Add(line);
        return string.Join('\n', lines);
    }

    private static void DrawBoxes(Plot plot, Chart chart, bool narrow)
    {
        var positions = Positions(chart);
        if (narrow)
        {
            plot.Add.VerticalLine(0, 2, ChartStyle.Zero);
            for (var i = 0; i < chart.Rows.Count; i++)
            {
                HorizontalBox(plot, chart.Rows[i], Down(positions, i), 0.6, ChartStyle.SeriesColor(chart.Rows[i].Series));
            }
            CategoryTicks(plot, chart, positions, narrow);
            return;
        }
        plot.Add.HorizontalLine(0, 2, ChartStyle.Zero);
        for (var i = 0; i < chart.Rows.Count; i++)
        {
            // The plottable's colours win over the box's own.
            var box = plot.Add.Box(BoxOf(chart.Rows[i], positions[i]));
            box.FillColor = ChartStyle.SeriesColor(chart.Rows[i].Series);
            box.LineColor = ChartStyle.Text;
            box.LineWidth = 1.5f;
        }
        CategoryTicks(plot, chart, positions, narrow);
    }

    /// <summary>Where row <paramref name="i"/> stands on a narrow chart, whose first row is at the top.</summary>
    private static double Down(double[] positions, int i) => positions[^1] + 1 - positions[i];

    /// <summary>
    /// One tick per row, at its position, with its n: across the bottom of a wide chart (on a line
    /// of its own on a chart by band), down the left of a narrow one, each label on its own lines.
    /// </summary>
    private static void CategoryTicks(Plot plot, Chart chart, double[] positions, bool narrow)
    {
        if (narrow)
        {
            plot.Axes.Left.SetTicks([.. positions.Select((_, i) => Down(positions, i))], [.. chart.Rows.Select(r => $"{r.Label.Replace('\n', ' ')}\nn = {r.N:N0}")]);
            plot.Axes.SetLimitsY(0.4, positions[^1] + 0.6);
            plot.Axes.Left.MajorTickStyle.Length = 0;
            return;
        }
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

    /// <summary>Bars of a share, each labelled with its percentage, on a scale from 0 to 100%: upright on a wide chart, lying down a narrow one.</summary>
    private static void DrawShares(Plot plot, Chart chart, bool narrow)
    {
        var positions = Positions(chart);
        var bars = new List<Bar>();
        for (var i = 0; i < chart.Rows.Count; i++)
        {
            var share = chart.Rows[i].Share!.Value * 100;
            var at = narrow ? Down(positions, i) : positions[i];
            bars.Add(new Bar { Position = at, Value = share, FillColor = ChartStyle.SeriesColor(chart.Rows[i].Series), LineWidth = 0, Size = 0.8 });
            var label = narrow ? plot.Add.Text($"{share:0}%", share + 1.5, at) : plot.Add.Text($"{share:0}%", at, share);
            label.LabelFontColor = ChartStyle.Text;
            label.LabelFontSize = ChartStyle.TextSize;
            label.LabelAlignment = narrow ? Alignment.MiddleLeft : Alignment.LowerCenter;
        }
        plot.Add.Bars(bars).Horizontal = narrow;
        CategoryTicks(plot, chart, positions, narrow);
        if (narrow)
        {
            plot.Axes.SetLimitsX(0, 118);
        }
        else
        {
            plot.Axes.SetLimitsY(0, 105);
        }
    }

    /// <summary>A box lying down at height <paramref name="y"/>: ScottPlot 5.1.59 throws NotImplementedException for horizontal boxes, so it is drawn from parts.</summary>
    private static void HorizontalBox(Plot plot, ChartRow row, double y, double height, Color color)
    {
        var (low, high) = (row.P10 ?? row.P25!.Value, row.P90 ?? row.P75!.Value);
        foreach (var (from, to) in new[] { (low, row.P25!.Value), (row.P75!.Value, high) })
        {
            var whisker = plot.Add.Line(from, y, to, y);
            whisker.LineColor = ChartStyle.Text;
            whisker.LineWidth = 1.5f;
        }
        var box = plot.Add.Rectangle(row.P25!.Value, row.P75!.Value, y - height / 2, y + height / 2);
        box.FillColor = color;
        box.LineColor = ChartStyle.Text;
        box.LineWidth = 1.5f;
        foreach (var x in new[] { low, row.P50!.Value, high })
        {
            var median = x == row.P50;
            var tick = plot.Add.Line(x, y - (median ? height / 2 : height / 5), x, y + (median ? height / 2 : height / 5));
            tick.LineColor = ChartStyle.Text;
            tick.LineWidth = median ? 3 : 1.5f;
        }
    }

    /// <summary>One group's box lying down, with each quantile labelled where it does not meet another label.</summary>
    private void DrawDistribution(Plot plot, Chart chart, int width)
    {
        var row = chart.Rows[0];
        plot.Add.VerticalLine(0, 2, ChartStyle.Zero);
        HorizontalBox(plot, row, 1, 0.5, ChartStyle.SeriesColor(row.Series));
        plot.Axes.Left.SetTicks([1], [$"n = {row.N:N0}"]);
        var (low, high) = (Math.Min(row.P10 ?? row.P25!.Value, 0), Math.Max(row.P90 ?? row.P75!.Value, 0));
        var labels = Quantiles(row).Select(q => (Text: $"{q.Name}\n{_money.Amount(q.Value)}", q.Value)).ToList();
        using var font = new SKFont(_whole.Skia, ChartStyle.TextSize);
        var halfWidths = labels.Select(l => l.Text.Split('\n').Max(line => font.MeasureText(line)) / 2 + 4).ToList();
        // The data area is the drawing less the left axis and a little on the right; the x axis gets
        // room on both sides for the outer labels, which are centred on their quantiles.
        var area = width - 90.0;
        var half = halfWidths.Max();
        var range = Math.Max(high - low, 1);
        var margin = Math.Max(range * 0.1, half * range / Math.Max(area - 2 * half, 1));
        plot.Axes.SetLimitsX(low - margin, high + margin);
        var pixelsPerUnit = area / (range + 2 * margin);
        // Rows of labels, nearest the box first; each label takes the first row where it clears the one before it.
        double[] rows = [1.55, 0.45, 1.95, 0.05];
        var lastRight = rows.Select(_ => double.NegativeInfinity).ToArray();
        var placed = labels.Select((label, i) => (label.Text, label.Value, Half: halfWidths[i])).OrderBy(l => l.Value).ToList();
        var used = 0;
        foreach (var (text, value, halfWidth) in placed)
        {
            var x = value * pixelsPerUnit;
            var slot = Enumerable.Range(0, rows.Length).FirstOrDefault(r => x - halfWidth >= lastRight[r], rows.Length - 1);
            lastRight[slot] = x + halfWidth;
            used = Math.Max(used, slot);
            var label = plot.Add.Text(text, value, rows[slot]);
            label.LabelFontColor = ChartStyle.Text;
            label.LabelFontSize = ChartStyle.TextSize;
            label.LabelAlignment = Alignment.MiddleCenter;
            // Over the zero line and the grid, which would otherwise run through the figures.
            label.LabelBackgroundColor = ChartStyle.Background;
        }
        plot.Axes.SetLimitsY(used >= 2 ? -0.25 : 0.15, used >= 2 ? 2.25 : 1.85);
    }

    private static void DrawTrend(Plot plot, Chart chart, bool narrow)
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
        median.LegendText = narrow ? "Median, with its 95% CI" : "Median, with its 95% confidence interval";
        plot.Axes.Bottom.SetTicks(xs, [.. chart.Rows.Select(r => narrow ? $"{r.Label}\nn = {r.N:N0}" : $"{r.Label} (n = {r.N:N0})")]);
        plot.Axes.SetLimitsX(0.6, xs.Length + 0.4);
        // Below the plot on a narrow chart, where inside it would cover the data.
        if (narrow)
        {
            plot.ShowLegend(Edge.Bottom);
        }
        else
        {
            plot.ShowLegend(Alignment.UpperLeft);
        }
        plot.Legend.FontColor = ChartStyle.Text;
        plot.Legend.FontSize = ChartStyle.TextSize;
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
