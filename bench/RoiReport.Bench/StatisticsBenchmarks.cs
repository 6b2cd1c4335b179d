using BenchmarkDotNet.Attributes;
using RoiReport.Core.Benchmarks;
using RoiReport.Core.Sample;
using RoiReport.Core.Statistics;
using RoiReport.Core.Survey;

namespace RoiReport.Bench;

/// <summary>The quantile kernel on one sorted sample, and the whole cube of a 100,000-firm wave.</summary>
[MemoryDiagnoser]
public class StatisticsBenchmarks
{
    private double[] _sorted = [];
    private double[] _cumulative = [];
    private SurveyTable _table = null!;

    [GlobalSetup]
    public void Prepare()
    {
        var random = new Random(1);
        _sorted = [.. Enumerable.Range(0, 10_000).Select(_ => (random.NextDouble() * 200) - 50).Order()];
        _cumulative = [.. Enumerable.Range(1, _sorted.Length).Select(i => (double)i)];
        _table = SurveyTable.From(SampleSurvey.Generate(100_000, 2025, 2));
    }

    [Benchmark]
    public double QuantilesAndMedianInterval()
    {
        var sum = 0.0;
        foreach (var p in new[] { 0.1, 0.25, 0.5, 0.75, 0.9 })
        {
            sum += Quantiles.Type7(_sorted, _cumulative, p).Value;
        }
        return sum + MedianConfidenceInterval.Compute(_sorted, _cumulative, 0.95)!.Value.Low.Value;
    }

    [Benchmark]
    public int Cube() => BenchmarkEngine.Compute(_table, BenchmarkSettings.Default).Groups.Count;
}
