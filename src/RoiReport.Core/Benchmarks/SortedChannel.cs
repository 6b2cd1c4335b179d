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
        var cells = new int[count];
        if (weights.IsEmpty)
        {
            // Without weights, equal returns are interchangeable: each carries its cell through a radix sort.
            CopyDefined(returns, cellOf, values, cells);
            RadixSort.Sort(values, cells);
            return new SortedChannel(values, cells, null);
        }
        // With weights, the order of equal returns decides the last bits of the running totals of
        // weights: the published figures keep Array.Sort's order.
        var rows = new int[count];
        CopyDefined(returns, [], values, rows);
        Array.Sort(values, rows);
        var sortedWeights = new double[count];
        for (var k = 0; k < count; k++)
        {
            cells[k] = cellOf[rows[k]];
            sortedWeights[k] = weights[rows[k]];
        }
        return new SortedChannel(values, cells, sortedWeights);
    }

    /// <summary>Copies the defined returns, each with its cell, or its row where no cells are given.</summary>
    private static void CopyDefined(ReadOnlySpan<double> returns, ReadOnlySpan<int> cellOf, Span<double> values, Span<int> carried)
    {
        for (int i = 0, k = 0; i < returns.Length; i++)
        {
            if (!double.IsNaN(returns[i]))
            {
                values[k] = returns[i];
                carried[k++] = cellOf.IsEmpty ? i : cellOf[i];
            }
        }
    }
}
