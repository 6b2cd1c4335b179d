using RoiReport.Core.Disclosure;

namespace RoiReport.Core.Tests.Disclosure;

/// <summary>The two spans, exact modulo a prime (the protection's) and in floating point with totals (the attack's), agree.</summary>
public sealed class SpanTests
{
    [Fact]
    public void A_parent_less_its_other_children_gives_the_last_child_and_its_total()
    {
        var modular = new ModularSpan(4);
        var real = new RealSpan(4);
        foreach (var (set, total) in new (int[], double)[] { ([0, 1, 2], 10), ([0], 3), ([1], 4) })
        {
            Assert.True(modular.Add(set));
            Assert.True(real.Add(set, total));
        }
        Assert.True(modular.Contains([2]));
        Assert.Equal(3, real.Derive([2])!.Value, 12);
        Assert.Equal(7, real.Derive([0, 1])!.Value, 12);
        Assert.False(modular.Contains([3]));
        Assert.Null(real.Derive([3]));
        Assert.False(modular.Add([0, 2]));
        Assert.False(real.Add([0, 2], 6));
    }

    [Fact]
    public void The_margins_of_a_two_by_two_table_give_no_cell()
    {
        // Cells 0 1 / 2 3: rows, columns and the total are known, and no single cell follows from them.
        int[][] margins = [[0, 1], [2, 3], [0, 2], [1, 3], [0, 1, 2, 3]];
        var modular = new ModularSpan(4);
        var real = new RealSpan(4);
        foreach (var set in margins)
        {
            modular.Add(set);
            real.Add(set, set.Length);
        }
        foreach (var cell in Enumerable.Range(0, 4))
        {
            Assert.False(modular.Contains([cell]));
            Assert.Null(real.Derive([cell]));
        }
        Assert.True(modular.Contains([0, 3, 1, 2]));
    }

    [Fact]
    public void The_two_spans_agree_on_random_sets()
    {
        var random = new Random(11);
        for (var trial = 0; trial < 200; trial++)
        {
            var cells = random.Next(3, 12);
            var modular = new ModularSpan(cells);
            var real = new RealSpan(cells);
            int[] Set() => [.. Enumerable.Range(0, cells).Where(_ => random.NextDouble() < 0.4)];
            foreach (var set in Enumerable.Range(0, random.Next(1, cells + 2)).Select(_ => Set()).Where(s => s.Length > 0))
            {
                Assert.Equal(modular.Add(set), real.Add(set, set.Sum()));
            }
            foreach (var set in Enumerable.Range(0, 10).Select(_ => Set()).Where(s => s.Length > 0))
            {
                var derived = real.Derive(set);
                Assert.Equal(modular.Contains(set), derived is not null);
                if (derived is { } total)
                {
                    Assert.Equal(set.Sum(), total, 9);
                }
            }
        }
    }
}
