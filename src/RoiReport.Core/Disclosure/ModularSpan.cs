namespace RoiReport.Core.Disclosure;

/// <summary>
/// The span of sets of cells, each a vector of ones: whether the total of a set follows from the
/// totals of the sets added so far by additions, subtractions and scaling. Arithmetic is exact,
/// modulo the prime 2^61 − 1; a set in the rational span is in this one unless the prime divides
/// a coefficient's denominator, which a few thousand cells cannot make happen in practice. Rows are
/// kept in echelon form, each under its first cell.
/// </summary>
internal sealed class ModularSpan(int cells)
{
    private const ulong Prime = (1UL << 61) - 1;

    private readonly (int[] Cells, ulong[] Values)?[] _rows = new (int[], ulong[])?[cells];
    private readonly ulong[] _work = new ulong[cells];

    /// <summary>Adds a set's total to what is known; false when it already followed from the others.</summary>
    public bool Add(ReadOnlySpan<int> set)
    {
        var lead = Reduce(set);
        if (lead < 0)
        {
            return false;
        }
        var inverse = Power(_work[lead], Prime - 2);
        var kept = new List<int>();
        var values = new List<ulong>();
        for (var c = lead; c < _work.Length; c++)
        {
            if (_work[c] != 0)
            {
                kept.Add(c);
                values.Add(Multiply(_work[c], inverse));
                _work[c] = 0;
            }
        }
        _rows[lead] = ([.. kept], [.. values]);
        return true;
    }

    /// <summary>Whether the set's total follows from the totals added.</summary>
    public bool Contains(ReadOnlySpan<int> set)
    {
        var lead = Reduce(set);
        if (lead < 0)
        {
            return true;
        }
        Array.Clear(_work, lead, _work.Length - lead);
        return false;
    }

    /// <summary>Reduces the set's vector by the rows; the first cell left that no row leads, or -1 when nothing is left.</summary>
    private int Reduce(ReadOnlySpan<int> set)
    {
        var first = int.MaxValue;
        foreach (var c in set)
        {
            _work[c] = 1;
            first = Math.Min(first, c);
        }
        for (var c = first; c < _work.Length; c++)
        {
            var factor = _work[c];
            if (factor == 0)
            {
                continue;
            }
            if (_rows[c] is not { } row)
            {
                return c;
            }
            for (var i = 0; i < row.Cells.Length; i++)
            {
                ref var value = ref _work[row.Cells[i]];
                value = Subtract(value, Multiply(factor, row.Values[i]));
            }
        }
        return -1;
    }

    private static ulong Multiply(ulong a, ulong b)
    {
        var product = (UInt128)a * b;
        var sum = (ulong)(product & Prime) + (ulong)(product >> 61);
        sum = sum >= Prime ? sum - Prime : sum;
        return sum >= Prime ? sum - Prime : sum;
    }

    private static ulong Subtract(ulong a, ulong b) => a >= b ? a - b : a + Prime - b;

    private static ulong Power(ulong value, ulong exponent)
    {
        ulong result = 1;
        while (exponent > 0)
        {
            if ((exponent & 1) == 1)
            {
                result = Multiply(result, value);
            }
            value = Multiply(value, value);
            exponent >>= 1;
        }
        return result;
    }
}
