using BenchmarkDotNet.Attributes;
using RoiReport.Core.Benchmarks;
using RoiReport.Core.Sample;
using RoiReport.Site;
using RoiReport.Site.Charts;
using RoiReport.Site.Pages;
using RoiReport.Tests.Shared;

namespace RoiReport.Bench;

/// <summary>Charts drawn as SVG and PNG: one of each kind, from two synthetic waves.</summary>
[MemoryDiagnoser]
public class ChartBenchmarks
{
    private ChartRenderer _renderer = null!;
    private Chart[] _charts = [];

    [GlobalSetup]
    public void Prepare()
    {
        var report = BenchmarkEngine.Compute([.. SampleSurvey.Generate(2000, 2024, 24), .. SampleSurvey.Generate(2000, 2025, 25)], BenchmarkSettings.Default);
        var charts = ChartBuilder.All(report, new GroupAddresses(report));
        _charts = [.. Enum.GetValues<ChartKind>().Select(kind => charts.First(chart => chart.Kind == kind))];
        _renderer = new ChartRenderer(new Money("USD"), File.ReadAllBytes(Path.Combine(Folders.Repository, "theme", "assets", "fonts", "DejaVuSans.ttf")), charts);
    }

    [Benchmark]
    public int OneChartOfEachKind()
    {
        var bytes = 0;
        foreach (var chart in _charts)
        {
            var drawn = _renderer.Render(chart);
            bytes += drawn.Svg.Length + drawn.Png.Length;
        }
        return bytes;
    }
}
