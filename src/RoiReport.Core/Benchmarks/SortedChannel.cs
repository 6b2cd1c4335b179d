using RoiReport.Core.Statistics;

namespace RoiReport.Core.Benchmarks;

/// <summary>
/// One channel's defined returns of a wave, sorted once: each value with its firm's row, cell and
/// weight. Every peer group's sample, and every band's of a cut, is then a subsequence, already in order.
/// </summary>
internal sealed class SortedChannel
{
    private SortedChannel(double[] values, int[] rows, int[] cells, double[]? weights)
    {
        Values = values;
        Rows = rows;
        Cells = cells;
        Weights = weights;
    }

    public double[] Values { get; }

    public int[] Rows { get; }

    public int[] Cells { get; }

    /// <summary>Null when every weight is 1.</summary>
    public double[]? Weights { get; }

    public int Count => Values.Length;

    public static SortedChannel Of(ReadOnlySpan<double> returns, ReadOnlySpan<double> weights, int[] cellOf) =>
        Of(returns, default, weights, cellOf);

    /// <summary>Each firm's social-media return less its other-marketing return, where it has both, sorted.</summary>
    public static SortedChannel OfDifference(ReadOnlySpan<double> socialMedia, ReadOnlySpan<double> other, ReadOnlySpan<double> weights, int[] cellOf) =>
        Of(socialMedia, other, weights, cellOf);

    /// <summary>The defined values of <paramref name="returns"/>, less those of <paramref name="subtracted"/> where it is given (and defined).</summary>
    private static SortedChannel Of(ReadOnlySpan<double> returns, ReadOnlySpan<double> subtracted, ReadOnlySpan<double> weights, int[] cellOf)
    {
        var count = 0;
        for (var i = 0; i < returns.Length; i++)
        {
            count += double.IsNaN(Value(returns, subtracted, i)) ? 0 : 1;
        }
        var values = new double[count];
        var rows = new int[count];
        CopyDefined(returns, subtracted, values, rows);
        // Without weights, equal returns are interchangeable: each carries its row through a radix
        // sort. With weights, the order of equal returns decides the last bits of the running totals
        // of weights: the published figures keep Array.Sort's order.
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
        return new SortedChannel(values, rows, cells, sortedWeights);
    }

    /// <summary>Copies the defined values, each with its row.</summary>
    private static void CopyDefined(ReadOnlySpan<double> returns, ReadOnlySpan<double> subtracted, Span<double> values, Span<int> rows)
    {
        for (int i = 0, k = 0; i < returns.Length; i++)
        {
            var value = Value(returns, subtracted, i);
            if (!double.IsNaN(value))
            {
                values[k] = value;
                rows[k++] = i;
            }
        }
    }

    /// <summary>A firm's value: NaN where either return is undefined, since NaN survives the subtraction.</summary>
    private static double Value(ReadOnlySpan<double> returns, ReadOnlySpan<double> subtracted, int i) =>
        subtracted.IsEmpty ? returns[i] : returns[i] - subtracted[i];
}
