using RoiReport.Core.Statistics;

namespace RoiReport.Core.Benchmarks;

internal static class ChannelStatisticsCalculator
{
    /// <summary>The published figures of a sorted sample of at least <see cref="BenchmarkSettings.MinN"/> rows.</summary>
    public static ChannelStatistics Compute(WeightedSample sample, BenchmarkSettings settings)
    {
        var values = sample.Values;
        var weights = sample.Weights;
        var cumulative = WeightedPositions.Cumulative(weights);
        var rows = values.Length;

        double? Quantile(double p, ReadOnlySpan<double> sorted)
        {
            var q = Quantiles.Type7(sorted, cumulative, p);
            return q.RestsOnExtremeRow(rows) ? null : q.Value;
        }

        var tails = rows >= settings.TailMinN;
        var ci = MedianConfidenceInterval.Compute(values, cumulative, settings.ConfidenceLevel);
        var publishCi = ci is { } c && !c.Low.RestsOnExtremeRow(rows) && !c.High.RestsOnExtremeRow(rows);

        return new ChannelStatistics(
            N: rows,
            P10: tails ? Quantile(0.1, values) : null,
            P25: Quantile(0.25, values),
            P50: Quantile(0.5, values),
            P75: Quantile(0.75, values),
            P90: tails ? Quantile(0.9, values) : null,
            Mean: WeightedMean(values, weights),
            P50Ci95: publishCi ? new ConfidenceInterval(ci!.Value.Low.Value, ci.Value.High.Value) : null);
    }

    /// <summary>The weighted share of values above zero.</summary>
    public static double SharePositive(WeightedSample sample)
    {
        var positive = new ExactSum();
        var total = new ExactSum();
        var values = sample.Values;
        var weights = sample.Weights;
        for (var i = 0; i < values.Length; i++)
        {
            total.Add(weights[i]);
            if (values[i] > 0)
            {
                positive.Add(weights[i]);
            }
        }
        return positive.Value / total.Value;
    }

    private static double WeightedMean(ReadOnlySpan<double> values, ReadOnlySpan<double> weights)
    {
        var sum = new ExactSum();
        var total = new ExactSum();
        for (var i = 0; i < values.Length; i++)
        {
            sum.AddProduct(weights[i], values[i]);
            total.Add(weights[i]);
        }
        return sum.Value / total.Value;
    }
}
