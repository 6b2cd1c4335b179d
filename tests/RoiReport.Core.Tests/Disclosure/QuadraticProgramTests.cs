using RoiReport.Core.Disclosure;

namespace RoiReport.Core.Tests.Disclosure;

public sealed class QuadraticProgramTests
{
    [Fact]
    public void Meets_a_single_constraint_at_the_nearest_point()
    {
        // min ½(x0² + x1²) subject to x0 + x1 ≥ 2: x = (1, 1).
        var program = new QuadraticProgram(2, [], [1, 1]);
        Assert.True(program.Add([new LinearConstraint([0, 1], 1, 2, 1)]));
        Assert.Equal(1, program.Solution[0], 12);
        Assert.Equal(1, program.Solution[1], 12);
    }

    [Fact]
    public void Refuses_constraints_that_contradict_and_keeps_the_solution_it_had()
    {
        var program = new QuadraticProgram(2, [([0, 1], 1.0)], [1e-3, 1e-3]);
        Assert.True(program.Add([new LinearConstraint([0], 1, 1, 1)]));
        var before = program.Solution;
        // x0 ≥ 1 and x0 ≤ -1 cannot both hold.
        Assert.False(program.Add([new LinearConstraint([0], -1, 1, 1)]));
        Assert.Equal(before, program.Solution);
        Assert.True(program.Add([new LinearConstraint([1], -1, 0, 1)]));
    }

    [Fact]
    public void Finds_the_minimum_that_trying_every_active_set_finds()
    {
        var random = new Random(5);
        for (var trial = 0; trial < 300; trial++)
        {
            var n = random.Next(2, 6);
            var objective = Enumerable.Range(0, random.Next(0, 5))
                .Select(_ => (Subset(random, n), Math.Round(0.1 + (random.NextDouble() * 5), 3)))
                .ToList();
            var ridge = Enumerable.Range(0, n).Select(_ => 0.05 + random.NextDouble()).ToArray();
            var constraints = Enumerable.Range(0, random.Next(1, 6))
                .Select(_ => new LinearConstraint(Subset(random, n), random.Next(2) == 0 ? 1 : -1, Math.Round((random.NextDouble() * 4) - 1, 3), 1))
                .ToList();
            var program = new QuadraticProgram(n, objective, ridge);
            var expected = BruteForce(n, objective, ridge, constraints);
            if (expected is null)
            {
                Assert.False(program.Add(constraints), $"trial {trial}: the constraints contradict each other");
                continue;
            }
            Assert.True(program.Add(constraints), $"trial {trial}");
            for (var c = 0; c < n; c++)
            {
                Assert.Equal(expected[c], program.Solution[c], 7);
            }
        }
    }

    private static int[] Subset(Random random, int n)
    {
        var set = Enumerable.Range(0, n).Where(_ => random.NextDouble() < 0.5).ToArray();
        return set.Length > 0 ? set : [random.Next(n)];
    }

    /// <summary>The KKT point among all active sets: feasible, with non-negative multipliers; null when none is.</summary>
    private static double[]? BruteForce(int n, List<(int[] Cells, double Weight)> objective, double[] ridge, List<LinearConstraint> constraints)
    {
        var g = new double[n, n];
        foreach (var (set, weight) in objective)
        {
            foreach (var a in set)
            {
                foreach (var b in set)
                {
                    g[a, b] += weight;
                }
            }
        }
        for (var c = 0; c < n; c++)
        {
            g[c, c] += ridge[c];
        }
        double[] Normal(LinearConstraint k)
        {
            var row = new double[n];
            foreach (var c in k.Cells)
            {
                row[c] = k.Sign;
            }
            return row;
        }
        double[]? best = null;
        for (var mask = 0; mask < 1 << constraints.Count; mask++)
        {
            var active = constraints.Where((_, i) => (mask & (1 << i)) != 0).ToList();
            // [G  -Aᵀ; A  0] [x; λ] = [0; b]
            var size = n + active.Count;
            var system = new double[size, size + 1];
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    system[i, j] = g[i, j];
                }
            }
            for (var k = 0; k < active.Count; k++)
            {
                var normal = Normal(active[k]);
                for (var i = 0; i < n; i++)
                {
                    system[i, n + k] = -normal[i];
                    system[n + k, i] = normal[i];
                }
                system[n + k, size] = active[k].Bound;
            }
            if (Solve(system, size) is not { } solution)
            {
                continue;
            }
            var x = solution[..n];
            var feasible = constraints.All(k => k.Slack(x) >= -1e-9) && solution[n..].All(l => l >= -1e-9);
            if (feasible)
            {
                best = x;
            }
        }
        return best;
    }

    private static double[]? Solve(double[,] a, int size)
    {
        for (var col = 0; col < size; col++)
        {
            var pivot = Enumerable.Range(col, size - col).MaxBy(r => Math.Abs(a[r, col]));
            if (Math.Abs(a[pivot, col]) < 1e-10)
            {
                return null;
            }
            for (var j = 0; j <= size; j++)
            {
                (a[col, j], a[pivot, j]) = (a[pivot, j], a[col, j]);
            }
            for (var r = 0; r < size; r++)
            {
                if (r != col)
                {
                    var factor = a[r, col] / a[col, col];
                    for (var j = col; j <= size; j++)
                    {
                        a[r, j] -= factor * a[col, j];
                    }
                }
            }
        }
        return [.. Enumerable.Range(0, size).Select(r => a[r, size] / a[r, r])];
    }
}
