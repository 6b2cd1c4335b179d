using RoiReport.Core.Statistics;

namespace RoiReport.Core.Tests.Statistics;

public sealed class MedianConfidenceIntervalTests
{
    private static (double, double)? Interval(double[] sorted, double[]? weights = null)
    {
        weights ??= [.. Enumerable.Repeat(1.0, sorted.Length)];
        return MedianConfidenceInterval.Compute(sorted, WeightedPositions.Cumulative(weights), 0.95) is { } ci
            ? (ci.Low.Value, ci.High.Value)
            : null;
    }

    [Fact]
    public void Ten_values_give_the_second_and_ninth()
    {
        // DescTools::MedianCI(1:10, method = "exact"): k = qbinom(0.025, 10, 0.5) = 2, so [x(2), x(9)].
        Assert.Equal((2.0, 9.0), Interval([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
    }

    [Fact]
    public void One_hundred_values_give_ranks_40_and_61()
    {
        // qbinom(0.025, 100, 0.5) = 40, so [x(40), x(100 − 40 + 1)] = [x(40), x(61)].
        var values = Enumerable.Range(1, 100).Select(i => i * 1.5).ToArray();
        Assert.Equal((60.0, 91.5), Interval(values));
    }

    [Fact]
    public void Five_values_are_too_few_for_95_percent()
    {
        // P(B ≤ 0) = 1/32 > 0.025 for B ~ Bin(5, ½): no order statistic bound reaches 95%.
        Assert.Null(Interval([1, 2, 3, 4, 5]));
    }

    [Fact]
    public void Integer_weights_give_the_interval_of_the_repeated_rows()
    {
        var random = new Random(5);
        for (var trial = 0; trial < 300; trial++)
        {
            var values = Enumerable.Range(0, random.Next(3, 30)).Select(_ => Math.Round(random.NextDouble() * 100, 2)).Order().ToArray();
            var weights = values.Select(_ => (double)random.Next(1, 5)).ToArray();
            var repeated = values.SelectMany((v, i) => Enumerable.Repeat(v, (int)weights[i])).ToArray();
            Assert.Equal(Interval(repeated), Interval(values, weights));
        }
    }
}
