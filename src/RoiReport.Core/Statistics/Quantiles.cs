namespace RoiReport.Core.Statistics;

/// <summary>Sample quantiles by Hyndman and Fan's definition 7 (R's default, Excel's PERCENTILE.INC).</summary>
public static class Quantiles
{
    /// <summary>
    /// The type 7 quantile of a sorted sample whose rows carry the given cumulative weights, computed with
    /// R's arithmetic (stats::quantile.default): index = 1 + (N − 1)p, lo = ⌊index⌋, hi = ⌈index⌉,
    /// value = (1 − h)·x[lo] + h·x[hi] with h = index − lo, and x[lo] itself where x[hi] equals it.
    /// N is the total weight, and x[k] the k-th value of the sample with each row repeated by its weight.
    /// </summary>
    public static OrderStatistic Type7(ReadOnlySpan<double> sorted, ReadOnlySpan<double> cumulativeWeights, double p)
    {
        if (sorted.IsEmpty)
        {
            throw new ArgumentException("A quantile of an empty sample is undefined.", nameof(sorted));
        }
        if (sorted.Length != cumulativeWeights.Length)
        {
            throw new ArgumentException("Every value needs a cumulative weight.", nameof(cumulativeWeights));
        }
        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "A probability lies in [0, 1].");
        }

        var total = cumulativeWeights[^1];
        var index = 1 + (Math.Max(total - 1, 0) * p);
        var lo = Math.Floor(index);
        var hi = Math.Ceiling(index);
        var loRow = WeightedPositions.RowAt(cumulativeWeights, lo - 1);
        var hiRow = WeightedPositions.RowAt(cumulativeWeights, hi - 1);
        var a = sorted[loRow];
        var b = sorted[hiRow];
        if (index > lo && b != a)
        {
            var h = index - lo;
            return new OrderStatistic(((1 - h) * a) + (h * b), loRow, hiRow);
        }
        return new OrderStatistic(a, loRow, hiRow);
    }
}
