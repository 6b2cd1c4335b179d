namespace RoiReport.Core.Disclosure;

/// <summary>
/// Minimises ½·xᵀGx subject to constraints sₖ·Σ_{c∈Sₖ} x_c ≥ bₖ on totals of sets of cells, where
/// G = Σ_g λ_g·1_g·1_gᵀ + diag(ridge) weighs the squared totals of other sets. Goldfarb and
/// Idnani's dual active-set method (Math. Programming 27, 1983; the method of R's quadprog): it
/// starts from the unconstrained minimum and adds violated constraints one at a time, dropping
/// active ones whose multipliers would turn negative, so it ends exactly, in finitely many steps,
/// however the problem is conditioned, and knows when the constraints contradict each other.
/// Constraints can be added after a solve, which continues from the minimum already found.
/// </summary>
internal sealed class QuadraticProgram
{
    private const double Zero = 1e-12;

    private readonly int _n;
    private readonly List<LinearConstraint> _constraints = [];
    private State _state;

    /// <param name="objective">Sets of cells whose squared totals are weighed, each with its weight λ.</param>
    /// <param name="ridge">A small weight on each cell's own square, which makes G positive definite.</param>
    public QuadraticProgram(int cells, IEnumerable<(int[] Cells, double Weight)> objective, double[] ridge)
    {
        _n = cells;
        var g = new double[cells * cells];
        foreach (var (set, weight) in objective)
        {
            for (var a = 0; a < set.Length; a++)
            {
                for (var b = 0; b <= a; b++)
                {
                    g[(set[a] * cells) + set[b]] += weight;
                }
            }
        }
        for (var c = 0; c < cells; c++)
        {
            g[(c * cells) + c] += ridge[c];
        }
        Cholesky(g, cells);
        _state = new State(cells, InverseTransposed(g, cells));
    }

    /// <summary>The minimum under the constraints added so far.</summary>
    public double[] Solution => (double[])_state.X.Clone();

    /// <summary>
    /// Adds constraints and moves to the minimum under all of them; when they contradict those
    /// already added, leaves everything as it was and returns false.
    /// </summary>
    public bool Add(IReadOnlyList<LinearConstraint> constraints)
    {
        var before = _state.Copy();
        var count = _constraints.Count;
        _constraints.AddRange(constraints);
        var limit = 50 * (_constraints.Count + 1);
        for (var iteration = 0; iteration < limit; iteration++)
        {
            var p = MostViolated(_constraints, _state.X);
            if (p < 0)
            {
                return true;
            }
            if (!_state.Enforce(_constraints[p], p))
            {
                break;
            }
        }
        _state = before;
        _constraints.RemoveRange(count, _constraints.Count - count);
        return false;
    }

    private static int MostViolated(IReadOnlyList<LinearConstraint> constraints, double[] x)
    {
        var worst = -1;
        var worstSlack = -1e-9;
        for (var k = 0; k < constraints.Count; k++)
        {
            var slack = constraints[k].Slack(x) / constraints[k].Scale;
            if (slack < worstSlack)
            {
                (worst, worstSlack) = (k, slack);
            }
        }
        return worst;
    }

    /// <summary>The iterate: x, the active constraints and their multipliers, and the factors J (n×n) and R (upper triangular) with Jᵀ·N_active = [R; 0].</summary>
    private sealed class State(int n, double[] j)
    {
        private double[] _r = new double[n * n];
        private List<int> _active = [];
        private List<double> _multipliers = [];

        public double[] X { get; private set; } = new double[n];

        public State Copy() => new(n, (double[])j.Clone())
        {
            _r = (double[])_r.Clone(),
            _active = [.. _active],
            _multipliers = [.. _multipliers],
            X = (double[])X.Clone(),
        };

        private int Q => _active.Count;

        /// <summary>Moves x until constraint p holds, adding it to the active set; false when the active constraints forbid it.</summary>
        public bool Enforce(LinearConstraint normal, int p)
        {
            _multipliers.Add(0);
            while (true)
            {
                var d = TransposedTimes(normal);
                var z = new double[n];
                for (var i = 0; i < n; i++)
                {
                    var sum = 0.0;
                    for (var k = Q; k < n; k++)
                    {
                        sum += j[(i * n) + k] * d[k];
                    }
                    z[i] = sum;
                }
                var r = BackSubstitute(d);
                var (partial, leaving) = PartialStep(r);
                var along = normal.Dot(z);
                var full = along > Zero * d.Sum(x => x * x) ? -normal.Slack(X) / along : double.PositiveInfinity;
                var step = Math.Min(partial, full);
                if (double.IsPositiveInfinity(step))
                {
                    _multipliers.RemoveAt(_multipliers.Count - 1);
                    return false;
                }
                for (var k = 0; k < Q; k++)
                {
                    _multipliers[k] -= step * r[k];
                }
                _multipliers[Q] += step;
                if (!double.IsPositiveInfinity(full))
                {
                    for (var i = 0; i < n; i++)
                    {
                        X[i] += step * z[i];
                    }
                }
                if (full <= partial)
                {
                    Add(p, d);
                    return true;
                }
                Drop(leaving);
            }
        }

        /// <summary>The largest step the active multipliers allow before one reaches zero, and which one.</summary>
        private (double Step, int Leaving) PartialStep(double[] r)
        {
            var step = double.PositiveInfinity;
            var leaving = -1;
            var size = r.Length == 0 ? 0 : r.Max(Math.Abs);
            for (var k = 0; k < Q; k++)
            {
                if (r[k] > Zero * size)
                {
                    var ratio = _multipliers[k] / r[k];
                    if (ratio < step)
                    {
                        (step, leaving) = (ratio, k);
                    }
                }
            }
            return (step, leaving);
        }

        /// <summary>Jᵀ·n for a constraint's normal n.</summary>
        private double[] TransposedTimes(LinearConstraint normal)
        {
            var d = new double[n];
            foreach (var c in normal.Cells)
            {
                var row = c * n;
                for (var k = 0; k < n; k++)
                {
                    d[k] += j[row + k];
                }
            }
            for (var k = 0; k < n; k++)
            {
                d[k] *= normal.Sign;
            }
            return d;
        }

        /// <summary>R⁻¹ applied to the first q entries of d.</summary>
        private double[] BackSubstitute(double[] d)
        {
            var r = new double[Q];
            for (var i = Q - 1; i >= 0; i--)
            {
                var sum = d[i];
                for (var k = i + 1; k < Q; k++)
                {
                    sum -= _r[(i * n) + k] * r[k];
                }
                r[i] = sum / _r[(i * n) + i];
            }
            return r;
        }

        /// <summary>Makes constraint p active: rotates d's tail into its q-th entry (and J's columns alike), and appends d's head as R's new column.</summary>
        private void Add(int p, double[] d)
        {
            for (var k = n - 1; k > Q; k--)
            {
                if (d[k] != 0)
                {
                    var (c, s) = Rotation(d[k - 1], d[k]);
                    d[k - 1] = Math.Sqrt((d[k - 1] * d[k - 1]) + (d[k] * d[k]));
                    d[k] = 0;
                    RotateColumns(k - 1, k, c, s);
                }
            }
            for (var i = 0; i <= Q; i++)
            {
                _r[(i * n) + Q] = d[i];
            }
            _active.Add(p);
        }

        /// <summary>Makes the l-th active constraint inactive: removes R's column and restores R to triangular form by rotations, applied to J's columns too.</summary>
        private void Drop(int l)
        {
            var q = Q;
            for (var col = l; col < q - 1; col++)
            {
                for (var i = 0; i <= col + 1; i++)
                {
                    _r[(i * n) + col] = _r[(i * n) + col + 1];
                }
            }
            for (var i = 0; i < q; i++)
            {
                _r[(i * n) + q - 1] = 0;
            }
            for (var row = l; row < q - 1; row++)
            {
                var (c, s) = Rotation(_r[(row * n) + row], _r[((row + 1) * n) + row]);
                for (var col = row; col < q - 1; col++)
                {
                    var a = _r[(row * n) + col];
                    var b = _r[((row + 1) * n) + col];
                    _r[(row * n) + col] = (c * a) + (s * b);
                    _r[((row + 1) * n) + col] = (-s * a) + (c * b);
                }
                RotateColumns(row, row + 1, c, s);
            }
            _active.RemoveAt(l);
            _multipliers.RemoveAt(l);
        }

        private void RotateColumns(int first, int second, double c, double s)
        {
            for (var i = 0; i < n; i++)
            {
                var a = j[(i * n) + first];
                var b = j[(i * n) + second];
                j[(i * n) + first] = (c * a) + (s * b);
                j[(i * n) + second] = (-s * a) + (c * b);
            }
        }

        private static (double C, double S) Rotation(double a, double b)
        {
            var h = Math.Sqrt((a * a) + (b * b));
            return h == 0 ? (1, 0) : (a / h, b / h);
        }
    }

    /// <summary>Replaces the lower triangle of a positive definite matrix with its Cholesky factor L (G = L·Lᵀ).</summary>
    private static void Cholesky(double[] a, int n)
    {
        for (var k = 0; k < n; k++)
        {
            var rowK = k * n;
            var diagonal = a[rowK + k];
            for (var m = 0; m < k; m++)
            {
                diagonal -= a[rowK + m] * a[rowK + m];
            }
            var pivot = Math.Sqrt(diagonal);
            a[rowK + k] = pivot;
            for (var i = k + 1; i < n; i++)
            {
                var rowI = i * n;
                var sum = a[rowI + k];
                for (var m = 0; m < k; m++)
                {
                    sum -= a[rowI + m] * a[rowK + m];
                }
                a[rowI + k] = sum / pivot;
            }
        }
    }

    /// <summary>J = L⁻ᵀ (upper triangular), from the Cholesky factor L in the lower triangle; J·Jᵀ = G⁻¹.</summary>
    private static double[] InverseTransposed(double[] l, int n)
    {
        var j = new double[n * n];
        for (var col = 0; col < n; col++)
        {
            // Column col of L⁻¹ by forward substitution; it is row col of J.
            for (var i = col; i < n; i++)
            {
                var sum = i == col ? 1.0 : 0.0;
                for (var k = col; k < i; k++)
                {
                    sum -= l[(i * n) + k] * j[(col * n) + k];
                }
                j[(col * n) + i] = sum / l[(i * n) + i];
            }
        }
        return j;
    }
}

/// <summary>Sign·Σ_{c∈Cells} x_c ≥ Bound; <see cref="Scale"/> is the size at which a shortfall matters.</summary>
internal sealed record LinearConstraint(int[] Cells, double Sign, double Bound, double Scale)
{
    public double Dot(double[] x)
    {
        var sum = 0.0;
        foreach (var c in Cells)
        {
            sum += x[c];
        }
        return Sign * sum;
    }

    public double Slack(double[] x) => Dot(x) - Bound;
}
