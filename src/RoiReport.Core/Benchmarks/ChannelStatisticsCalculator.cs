using RoiReport.Core.Statistics;

namespace RoiReport.Core.Benchmarks;

internal static class ChannelStatisticsCalculator
{
    /// <summary>
    /// The published figures of a sorted sample of at least <see cref="BenchmarkSettings.MinN"/>
    /// rows, with the running totals of its weights and its protected mean (null where it is withheld).
    /// </summary>
    public static ChannelStatistics Compute(ReadOnlySpan<double> values, ReadOnlySpan<double> cumulative, double? mean, BenchmarkSettings settings)
    {
        var rows = values.Length;

        double? Quantile(double p, ReadOnlySpan<double> sorted, ReadOnlySpan<double> cumulative)
        {
            var q = Quantiles.Type7(sorted, cumulative, p);
            return q.RestsOnExtremeRow(rows) ? null : q.Value;
        }

        var tails = rows >= settings.TailMinN;
        var ci = MedianConfidenceInterval.Compute(values, cumulative, settings.ConfidenceLevel);
        var publishCi = ci is { } c && !c.Low.RestsOnExtremeRow(rows) && !c.High.RestsOnExtremeRow(rows);

        return new ChannelStatistics(
            N: rows,
            P10: tails ? Quantile(0.1, values, cumulative) : null,
            P25: Quantile(0.25, values, cumulative),
            P50: Quantile(0.5, values, cumulative),
            P75: Quantile(0.75, values, cumulative),
            P90: tails ? Quantile(0.9, values, cumulative) : null,
            Mean: mean,
            P50Ci95: publishCi ? new ConfidenceInterval(ci!.Value.Low.Value, ci.Value.High.Value) : null);
    }
}
