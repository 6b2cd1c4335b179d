using RoiReport.Core.Benchmarks;

namespace RoiReport.Core.Comparison;

/// <summary>
/// Estimates a firm's percentile from the published quantiles alone, so that the command line and
/// the in-browser calculator (theme/assets/compare.js) give the same answer from the same figures.
/// Change one only with the other.
/// </summary>
public static class Percentiles
{
    /// <summary>
    /// Linear interpolation between the published (percentile, value) points: p10, p25, p50, p75,
    /// p90, those that are published. Below the lowest point the answer is "below" it, above the
    /// highest "above" it. Where several points share the value (a flat stretch), the percentile is
    /// the middle of their percentiles. Rounded to one decimal, halves away from zero.
    /// </summary>
    public static PercentileEstimate Estimate(ChannelStatistics published, double value)
    {
        (double P, string Name, double? Q)[] all =
            [(10, "p10", published.P10), (25, "p25", published.P25), (50, "p50", published.P50), (75, "p75", published.P75), (90, "p90", published.P90)];
        var points = all.Where(a => a.Q is not null).Select(a => (a.P, a.Name, Q: a.Q!.Value)).ToList();
        if (points.Count == 0)
        {
            return new PercentileEstimate(null, null, null);
        }
        if (value < points[0].Q)
        {
            return new PercentileEstimate(null, "below", points[0].Name);
        }
        if (value > points[^1].Q)
        {
            return new PercentileEstimate(null, "above", points[^1].Name);
        }
        var equal = points.Where(p => p.Q == value).ToList();
        if (equal.Count > 0)
        {
            return new PercentileEstimate(Round((equal[0].P + equal[^1].P) / 2), null, null);
        }
        for (var i = 0; i + 1 < points.Count; i++)
        {
            var (lo, hi) = (points[i], points[i + 1]);
            if (value > lo.Q && value < hi.Q)
            {
                return new PercentileEstimate(Round(lo.P + ((value - lo.Q) * (hi.P - lo.P) / (hi.Q - lo.Q))), null, null);
            }
        }
        throw new InvalidOperationException("A value within the published range lies between two of its points.");
    }

    /// <summary>1 below p25, 2 from p25 up to p50, 3 from p50 up to p75, 4 from p75; null where a quartile is not published.</summary>
    public static int? Quartile(ChannelStatistics published, double value) =>
        published is { P25: { } p25, P50: { } p50, P75: { } p75 }
            ? value < p25 ? 1 : value < p50 ? 2 : value < p75 ? 3 : 4
            : null;

    /// <summary>One decimal, halves away from zero: for the positive percentiles, what JavaScript's Math.round(x * 10) / 10 gives.</summary>
    public static double Round(double percentile) => Math.Round(percentile * 10, MidpointRounding.AwayFromZero) / 10;
}
