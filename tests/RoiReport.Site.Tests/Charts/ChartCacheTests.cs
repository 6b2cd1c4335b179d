using System.Text;
using RoiReport.Site.Charts;

namespace RoiReport.Site.Tests.Charts;

public sealed class ChartCacheTests : IDisposable
{
    private static readonly ChartRenderer Renderer = new(new Money("USD"), File.ReadAllBytes(Demo.FontFile), [Chart(12)]);

    private readonly string _folder = Directory.CreateTempSubdirectory("roireport-cache-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static Chart Chart(double median) =>
        new("distribution-2025-b2b-all-all", ChartKind.Distribution, "Social-media hourly return: B2B",
            [new ChartRow("B2B", ChartBuilder.SocialMediaSeries, 40, -5, 2, median, 30, 60, median - 1, median + 1)]);

    [Fact]
    public void A_chart_is_drawn_once_and_read_back_whole_by_a_later_build()
    {
        var first = new ChartCache(_folder);
        var drawn = first.Get(Chart(10), Renderer);
        Assert.Equal(0, first.Drawn);
        Assert.NotEmpty(drawn.Png);
        Assert.Equal(1, first.Drawn);
        first.Sweep();

        var later = new ChartCache(_folder);
        var read = later.Get(Chart(10), Renderer);
        Assert.Equal(drawn.Svg, read.Svg);
        Assert.Equal(0, later.Drawn);
        Assert.Equal(drawn.Png, read.Png);
        Assert.Equal(drawn.AltText, read.AltText);
    }

    [Fact]
    public void A_chart_whose_figures_changed_is_drawn_again_and_the_stale_one_swept()
    {
        var cache = new ChartCache(_folder);
        _ = cache.Get(Chart(10), Renderer).Png;
        cache.Sweep();
        var changed = cache.Get(Chart(11), Renderer);
        _ = changed.Png;
        Assert.Equal(1, cache.Drawn);
        Assert.Contains("$11.00", changed.AltText, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_folder, "notes.txt"), "not the cache's");
        cache.Sweep();
        Assert.Equal(["charts.pack", "notes.txt"], Directory.EnumerateFiles(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        var later = new ChartCache(_folder);
        Assert.Equal(changed.Png, later.Get(Chart(11), Renderer).Png);
        Assert.Equal(0, later.Drawn);
        _ = later.Get(Chart(10), Renderer).Png;
        Assert.Equal(1, later.Drawn);
    }

    [Fact]
    public void A_build_that_draws_nothing_new_and_drops_nothing_leaves_the_cache_file_alone()
    {
        var first = new ChartCache(_folder);
        _ = first.Get(Chart(10), Renderer).Png;
        first.Sweep();
        var pack = Path.Combine(_folder, "charts.pack");
        var written = File.GetLastWriteTimeUtc(pack);
        File.SetLastWriteTimeUtc(pack, written.AddHours(-1));

        var second = new ChartCache(_folder);
        _ = second.Get(Chart(10), Renderer).Svg;
        second.Sweep();
        Assert.Equal(written.AddHours(-1), File.GetLastWriteTimeUtc(pack));
    }

    [Fact]
    public void A_chart_a_build_needs_but_does_not_open_stays_in_the_cache()
    {
        var first = new ChartCache(_folder);
        _ = first.Get(Chart(10), Renderer).Svg;
        first.Sweep();

        var second = new ChartCache(_folder);
        second.Get(Chart(10), Renderer);
        second.Sweep();
        Assert.Equal(0, second.Drawn);

        var third = new ChartCache(_folder);
        _ = third.Get(Chart(10), Renderer).Svg;
        Assert.Equal(0, third.Drawn);
    }

    [Fact]
    public void A_cache_file_cut_short_or_not_a_cache_is_drawn_again()
    {
        var first = new ChartCache(_folder);
        var whole = first.Get(Chart(10), Renderer).Png;
        first.Sweep();
        var file = Directory.GetFiles(_folder).Single();
        var bytes = File.ReadAllBytes(file);
        foreach (var damaged in new[] { bytes[..^1], bytes[..100], [], "not a pack"u8.ToArray() })
        {
            File.WriteAllBytes(file, damaged);
            var later = new ChartCache(_folder);
            Assert.Equal(whole, later.Get(Chart(10), Renderer).Png);
            Assert.Equal(1, later.Drawn);
        }
    }
}

public sealed class ChartSpliceTests
{
    [Fact]
    public void Every_placeholder_becomes_its_charts_svg_and_the_rest_stays_as_it_was()
    {
        RenderedChart Chart(string id) => new(new Chart(id, ChartKind.Trend, id, []), new ChartFiles($"<svg id=\"{id}\"></svg>", $"<svg id=\"{id}-narrow\"></svg>", []), id);
        var charts = new Dictionary<string, RenderedChart> { ["a"] = Chart("a"), ["b-2"] = Chart("b-2") };
        var page = $"<p>x €</p>{ChartSplice.Placeholder("a")}<p>y 📈</p>{ChartSplice.Placeholder("b-2")}{ChartSplice.NarrowPlaceholder("b-2")}{ChartSplice.Placeholder("a")}<!-- a comment -->";
        Assert.Equal("<p>x €</p><svg id=\"a\"></svg><p>y 📈</p><svg id=\"b-2\"></svg><svg id=\"b-2-narrow\"></svg><svg id=\"a\"></svg><!-- a comment -->", Encoding.UTF8.GetString(ChartSplice.Fill(page, charts)));
        Assert.Equal("<p>no charts</p>"u8.ToArray(), ChartSplice.Fill("<p>no charts</p>", charts));
    }
}
