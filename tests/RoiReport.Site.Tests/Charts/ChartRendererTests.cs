using System.Text.RegularExpressions;
using RoiReport.Site.Charts;
using RoiReport.Site.Pages;
using SkiaSharp;

namespace RoiReport.Site.Tests.Charts;

public sealed class ChartRendererTests
{
    private static readonly ChartRenderer Renderer = new(new Money("USD"), File.ReadAllBytes(Demo.FontFile), Charts());

    private static IReadOnlyList<Chart> Charts()
    {
        var report = Demo.Report;
        return ChartBuilder.All(report, new GroupAddresses(report));
    }

    [Fact]
    public void Every_kind_is_drawn_as_SVG_and_PNG_and_saved_for_inspection()
    {
        var charts = Charts();
        var folder = Demo.Inspection("charts");
        foreach (var kind in Enum.GetValues<ChartKind>())
        {
            var chart = charts.First(c => c.Kind == kind && c.Rows.Count == charts.Where(x => x.Kind == kind).Max(x => x.Rows.Count));
            var rendered = Renderer.Render(chart);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], rendered.Png[..4]);
            // Twice the SVG's size in pixels, so that it is sharp on a high-density screen.
            var png = SKBitmap.DecodeBounds(rendered.Png);
            Assert.Equal((2 * ChartStyle.Width, 2 * ChartStyle.Height), (png.Width, png.Height));
            Assert.StartsWith("<svg", rendered.Svg, StringComparison.Ordinal);
            Assert.Contains($"viewBox=\"0 0 {ChartStyle.Width} {ChartStyle.Height}\"", rendered.Svg, StringComparison.Ordinal);
            Assert.Contains($"font-family=\"{ChartStyle.FontName}\"", rendered.Svg, StringComparison.Ordinal);
            Assert.Matches($"^<svg[^>]* viewBox=\"0 0 {ChartStyle.NarrowWidth} \\d+\"", rendered.NarrowSvg);
            File.WriteAllBytes(Path.Combine(folder, chart.Id + ".png"), rendered.Png);
            File.WriteAllText(Path.Combine(folder, chart.Id + ".svg"), rendered.Svg);
            File.WriteAllText(Path.Combine(folder, chart.Id + "-narrow.svg"), rendered.NarrowSvg);
        }
    }

    [Fact]
    public void A_narrow_drawing_grows_with_its_rows_and_a_long_title_wraps_in_both()
    {
        var charts = Charts();
        var byHours = charts.First(c => c.Kind == ChartKind.ByHours && c.Rows.Count >= 8);
        var bySegment = charts.First(c => c.Kind == ChartKind.HourlyReturnBySegment);
        static int Height(string svg) => int.Parse(Regex.Match(svg, "viewBox=\"0 0 \\d+ (\\d+)\"").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(Height(Renderer.Render(byHours).NarrowSvg) > Height(Renderer.Render(bySegment).NarrowSvg) + 150);

        var longest = charts.MaxBy(c => c.Title.Length)!;
        var rendered = Renderer.Render(longest);
        var words = longest.Title.Split(' ');
        foreach (var svg in new[] { rendered.Svg, rendered.NarrowSvg })
        {
            var lines = Regex.Matches(svg, "<text[^>]*font-size=\"19\"[^>]*>([^<]*)</text>").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value).Trim()).ToList();
            Assert.True(lines.Count >= 2, $"{longest.Title} in {lines.Count} line(s)");
            Assert.Equal(longest.Title, string.Join(' ', lines));
        }
    }

    /// <summary>ScottPlot renders a new plot twice, settling its axis limits the first time; the SVG holds one drawing.</summary>
    [Fact]
    public void The_SVG_holds_the_chart_drawn_once()
    {
        var background = $"<rect fill=\"white\" width=\"{ChartStyle.Width}\" height=\"{ChartStyle.Height}\"/>";
        foreach (var kind in Enum.GetValues<ChartKind>())
        {
            var svg = Renderer.Render(Charts().First(c => c.Kind == kind)).Svg;
            Assert.Single(Regex.Matches(svg, Regex.Escape(background)));
            Assert.Single(Regex.Matches(svg, "<svg\\b"));
            Assert.EndsWith("</svg>", svg, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Ids_are_unique_across_the_charts_of_a_page()
    {
        var charts = Charts().Where(c => c.Id.EndsWith("-2025-b2b-all-all", StringComparison.Ordinal) || c.Kind == ChartKind.HourlyReturnBySegment).ToList();
        Assert.True(charts.Count >= 3);
        var ids = charts.Select(Renderer.Render).SelectMany(c => new[] { c.Svg, c.NarrowSvg })
            .SelectMany(svg => Regex.Matches(svg, "\\bid=\"([^\"]+)\"").Select(m => m.Groups[1].Value)).ToList();
        Assert.NotEmpty(ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(charts, c => Assert.DoesNotMatch("url\\(#cl_", Renderer.Render(c).Svg));
    }

    [Fact]
    public void The_same_chart_renders_byte_for_byte_the_same()
    {
        var chart = Charts()[0];
        var (a, b) = (Renderer.Render(chart), Renderer.Render(chart));
        Assert.Equal(a.Svg, b.Svg);
        Assert.Equal(a.NarrowSvg, b.NarrowSvg);
        Assert.Equal(a.Png, b.Png);
    }

    [Fact]
    public void The_text_alternative_reads_the_figures()
    {
        var chart = Charts().First(c => c.Kind == ChartKind.HourlyReturnBySegment);
        var alt = Renderer.Render(chart).AltText;
        Assert.StartsWith("Social-media hourly return by segment, 2024. Box chart", alt, StringComparison.Ordinal);
        Assert.Contains($"B2B ({chart.Rows[1].N:N0} firms): median {new Money("USD").PerHour(chart.Rows[1].P50!.Value)}", alt, StringComparison.Ordinal);
    }

    /// <summary>
    /// Charts are drawn with a font whose character map holds only the characters they need; the
    /// files must be exactly those the whole font draws. Labels from the survey may be in any script.
    /// </summary>
    [Fact]
    public void The_reduced_font_draws_exactly_what_the_whole_font_draws()
    {
        var demo = Charts();
        var samples = Enum.GetValues<ChartKind>().SelectMany(kind => demo.Where(c => c.Kind == kind).Take(2)).ToList();
        string[] labels = ["Łódź – Straße № 5", "Αθήνα µ μ", "Москва", "東京", "Emoji 📈", "Tab\tand\u00A0space"];
        var exotic = labels.Select((label, i) => new Chart($"trend-exotic-{i}", ChartKind.Trend, $"Hourly return: {label}",
            [new ChartRow(label, ChartBuilder.SocialMediaSeries, 40, -5, 2, 12, 30, 60, 10, 14), new ChartRow("2025", ChartBuilder.SocialMediaSeries, 41, -4, 3, 13, 31, 61, 11, 15)])).ToList();
        var renderer = new ChartRenderer(new Money("EUR"), File.ReadAllBytes(Demo.FontFile), [.. demo, .. exotic]);
        foreach (var chart in samples.Concat(exotic))
        {
            Assert.True(renderer.DrawsSvgWithReducedFont(chart), chart.Title);
            var (reduced, whole) = (renderer.Render(chart), renderer.RenderWithWholeFont(chart));
            Assert.Equal(whole.Svg, reduced.Svg);
            Assert.Equal(whole.Png, reduced.Png);
        }
        Assert.Contains("Łódź", renderer.Render(exotic[0]).Svg, StringComparison.Ordinal);
        // A chart the renderer was not told of, with a letter outside the reduced font, gets the whole font.
        Assert.False(renderer.DrawsSvgWithReducedFont(exotic[0] with { Title = "Ǆ" }));
    }
}
