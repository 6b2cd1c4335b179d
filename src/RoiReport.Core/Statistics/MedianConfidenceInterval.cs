namespace RoiReport.Core.Statistics;

/// <summary>
/// The distribution-free confidence interval for a median from order statistics: with
/// k = qbinom((1 − level)/2, N, ½), the interval [x(k), x(N − k + 1)] covers the median with
/// probability at least <c>level</c> for any continuous distribution. This is DescTools::MedianCI
/// with method "exact". It has no random element, so the same data always give the same interval.
/// </summary>
public static class MedianConfidenceInterval
{
    /// <summary>
    /// The interval for a sorted, weighted sample (weights as repetitions; see
    /// <see cref="WeightedPositions"/>), or null when N is too small for any k ≥ 1.
    /// Non-integer total weights are rounded to the nearest whole number for the binomial.
    /// </summary>
    public static (OrderStatistic Low, OrderStatistic High)? Compute(
        ReadOnlySpan<double> sorted, ReadOnlySpan<double> cumulativeWeights, double level)
    {
        if (sorted.IsEmpty)
        {
            throw new ArgumentException("A confidence interval of an empty sample is undefined.", nameof(sorted));
        }
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "A confidence level lies in (0, 1).");
        }

        var n = (long)Math.Round(cumulativeWeights[^1], MidpointRounding.ToEven);
        if (n < 1)
        {
            return null;
        }
        var k = Binomial.HalfQuantile(n, (1 - level) / 2);
        if (k < 1)
        {
            return null;
        }
        return (At(sorted, cumulativeWeights, k - 1), At(sorted, cumulativeWeights, n - k));
    }

    private static OrderStatistic At(ReadOnlySpan<double> sorted, ReadOnlySpan<double> cumulativeWeights, long position)
    {
        var row = WeightedPositions.RowAt(cumulativeWeights, position);
        return new OrderStatistic(sorted[row], row, row);
    }
}
