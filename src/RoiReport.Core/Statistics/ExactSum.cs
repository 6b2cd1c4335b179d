namespace RoiReport.Core.Statistics;

/// <summary>
/// A sum of doubles kept exactly, as a list of non-overlapping partials (Shewchuk's algorithm,
/// as in Python's math.fsum), and rounded once at the end. The result is the correctly rounded sum
/// whatever the order of the terms, so a mean does not change with row order or parallelism, and
/// w·x summed once equals x summed w times.
/// </summary>
public sealed class ExactSum
{
    // An array rather than a List<double>, whose methods are compiled when the program runs.
    private double[] _partials = new double[4];
    private int _count;

    public void Add(double value)
    {
        var x = value;
        var kept = 0;
        for (var j = 0; j < _count; j++)
        {
            var y = _partials[j];
            if (Math.Abs(x) < Math.Abs(y))
            {
                (x, y) = (y, x);
            }
            var hi = x + y;
            var lo = y - (hi - x);
            if (lo != 0)
            {
                _partials[kept++] = lo;
            }
            x = hi;
        }
        _count = kept;
        if (x != 0)
        {
            if (_count == _partials.Length)
            {
                Array.Resize(ref _partials, _count * 2);
            }
            _partials[_count++] = x;
        }
    }

    /// <summary>Adds another exact sum: the total stays exact, so sums of parts merge into the sum of the whole.</summary>
    public void Add(ExactSum other)
    {
        for (var j = 0; j < other._count; j++)
        {
            Add(other._partials[j]);
        }
    }

    /// <summary>Adds a·b exactly: the rounded product and its rounding error, from a fused multiply-add.</summary>
    public void AddProduct(double a, double b)
    {
        var product = a * b;
        Add(product);
        Add(Math.FusedMultiplyAdd(a, b, -product));
    }

    /// <summary>The exact sum rounded to the nearest double (ties to even).</summary>
    public double Value
    {
        get
        {
            var n = _count;
            if (n == 0)
            {
                return 0.0;
            }
            var hi = _partials[--n];
            var lo = 0.0;
            while (n > 0)
            {
                var x = hi;
                var y = _partials[--n];
                hi = x + y;
                var yr = hi - x;
                lo = y - yr;
                if (lo != 0)
                {
                    break;
                }
            }
            // Correct the rounding when the remaining partials push it past a half-way case.
            if (n > 0 && ((lo < 0 && _partials[n - 1] < 0) || (lo > 0 && _partials[n - 1] > 0)))
            {
                var y = lo * 2;
                var x = hi + y;
                if (y == x - hi)
                {
                    hi = x;
                }
            }
            return hi;
        }
    }
}
