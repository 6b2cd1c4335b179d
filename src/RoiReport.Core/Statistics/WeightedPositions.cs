namespace RoiReport.Core.Statistics;

/// <summary>
/// Reads a sorted, weighted sample as if each row were repeated as often as its weight says:
/// position j (0-based) of that repeated sample is row i where cumulative[i-1] &lt;= j &lt; cumulative[i].
/// With integer weights this is exactly the repeated data; with weights of 1 it is the data itself.
/// </summary>
public static class WeightedPositions
{
    public static int RowAt(ReadOnlySpan<double> cumulativeWeights, double position)
    {
        // First row whose cumulative weight exceeds the position.
        int lo = 0, hi = cumulativeWeights.Length - 1;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            if (cumulativeWeights[mid] > position)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /// <summary>Running totals of the weights, the last being the total weight.</summary>
    public static double[] Cumulative(ReadOnlySpan<double> weights)
    {
        var cumulative = new double[weights.Length];
        var total = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            total += weights[i];
            cumulative[i] = total;
        }
        return cumulative;
    }
}
