using RoiReport.Core.Statistics;

namespace RoiReport.Core.Benchmarks;

/// <summary>
/// One channel's defined returns of a wave, sorted once: each value with its firm's cell and
/// weight. Every peer group's sample is then a subsequence, already in order.
/// </summary>
internal sealed class SortedChannel
{
    private SortedChannel(double[] values, int[] cells, double[]? weights)
    {
        Values = values;
        Cells = cells;
        Weights = weights;
    }

    public double[] Values { get; }

    public int[] Cells { get; }

    /// <summary>Null when every weight is 1.</summary>
    public double[]? Weights { get; }

    public int Count => Values.Length;

    public static SortedChannel Of(ReadOnlySpan<double> returns, ReadOnlySpan<double> weights, int[] cellOf)
    {
        var count = 0;
        foreach (var value in returns)
        {
            count += double.IsNaN(value) ? 0 : 1;
        }
        var values = new double[count];
        var rows = new int[count];
        for (int i = 0, k = 0; i < returns.Length; i++)
        {
            if (!double.IsNaN(returns[i]))
            {
                values[k] = returns[i];
                rows[k++] = i;
            }
        }
        // Without weights, equal returns are interchangeable. With weights, their order decides the
        // last bits of the running totals of weights: the published figures keep Array.Sort's order.
        if (weights.IsEmpty)
        {
            RadixSort.Sort(values, rows);
        }
        else
        {
            Array.Sort(values, rows);
        }
        var cells = new int[count];
        var sortedWeights = weights.IsEmpty ? null : new double[count];
        for (var k = 0; k < count; k++)
        {
            cells[k] = cellOf[rows[k]];
            if (sortedWeights is not null)
            {
                sortedWeights[k] = weights[rows[k]];
            }
        }
        return new SortedChannel(values, cells, sortedWeights);
    }
}
