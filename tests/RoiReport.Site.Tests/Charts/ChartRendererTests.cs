using System.Text.RegularExpressions;
using RoiReport.Site.Charts;
using RoiReport.Site.Pages;

namespace RoiReport.Site.Tests.Charts;

public sealed class ChartRendererTests
{
    private static readonly ChartRenderer Renderer = new(new Money("USD"), Demo.FontFile);

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
            Assert.StartsWith("<svg", rendered.Svg, StringComparison.Ordinal);
            Assert.Contains($"viewBox=\"0 0 {ChartStyle.Width} {ChartStyle.Height}\"", rendered.Svg, StringComparison.Ordinal);
            Assert.Contains($"font-family=\"{ChartStyle.FontName}\"", rendered.Svg, StringComparison.Ordinal);
            File.WriteAllBytes(Path.Combine(folder, chart.Id + ".png"), rendered.Png);
            File.WriteAllText(Path.Combine(folder, chart.Id + ".svg"), rendered.Svg);
        }
    }

    [Fact]
    public void Ids_are_unique_across_the_charts_of_a_page()
    {
        var charts = Charts().Where(c => c.Id.EndsWith("-2025-b2b-all-all", StringComparison.Ordinal) || c.Kind == ChartKind.HourlyReturnBySegment).ToList();
        Assert.True(charts.Count >= 3);
        var ids = charts.SelectMany(c => Regex.Matches(Renderer.Render(c).Svg, "\\bid=\"([^\"]+)\"").Select(m => m.Groups[1].Value)).ToList();
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
}
