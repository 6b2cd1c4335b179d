namespace RoiReport.Core.Disclosure;

/// <summary>
/// The span of sets of cells, each with a known total, in floating point with partial pivoting:
/// whether a set's total follows from the known ones by additions, subtractions and scaling, and
/// if so what they make it. Rows are kept in reduced echelon form, so a set is reduced in one pass.
/// </summary>
internal sealed class RealSpan(int cells)
{
    private const double Tolerance = 1e-9;

    private readonly List<(int Pivot, double[] Row, double Total)> _rows = [];

    /// <summary>Adds a set's total; false when it already followed from the others.</summary>
    public bool Add(IEnumerable<int> set, double total)
    {
        var (row, value) = Reduce(set, total);
        var pivot = 0;
        for (var c = 1; c < cells; c++)
        {
            pivot = Math.Abs(row[c]) > Math.Abs(row[pivot]) ? c : pivot;
        }
        if (cells == 0 || Math.Abs(row[pivot]) <= Tolerance)
        {
            return false;
        }
        var scale = 1 / row[pivot];
        for (var c = 0; c < cells; c++)
        {
            row[c] *= scale;
        }
        value *= scale;
        for (var r = 0; r < _rows.Count; r++)
        {
            var (p, other, otherTotal) = _rows[r];
            var factor = other[pivot];
            if (factor != 0)
            {
                for (var c = 0; c < cells; c++)
                {
                    other[c] -= factor * row[c];
                }
                _rows[r] = (p, other, otherTotal - (factor * value));
            }
        }
        _rows.Add((pivot, row, value));
        return true;
    }

    /// <summary>The total the known ones give the set; null when they do not determine it.</summary>
    public double? Derive(IEnumerable<int> set)
    {
        var (row, value) = Reduce(set, 0);
        foreach (var x in row)
        {
            if (Math.Abs(x) > Tolerance)
            {
                return null;
            }
        }
        return -value;
    }

    /// <summary>The set's vector less its share of every known row, and the total it carries along (negated).</summary>
    private (double[] Row, double Value) Reduce(IEnumerable<int> set, double total)
    {
        var row = new double[cells];
        foreach (var c in set)
        {
            row[c] = 1;
        }
        var value = total;
        foreach (var (pivot, known, knownTotal) in _rows)
        {
            var factor = row[pivot];
            if (factor == 0)
            {
                continue;
            }
            for (var c = 0; c < cells; c++)
            {
                row[c] -= factor * known[c];
            }
            value -= factor * knownTotal;
        }
        return (row, value);
    }
}
