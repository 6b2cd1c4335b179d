using RoiReport.Core.Statistics;

namespace RoiReport.Core.Tests.Statistics;

public sealed class ExactSumTests
{
    private static double Sum(IEnumerable<double> values)
    {
        var sum = new ExactSum();
        foreach (var value in values)
        {
            sum.Add(value);
        }
        return sum.Value;
    }

    [Fact]
    public void Keeps_what_naive_summation_loses()
    {
        // Python: math.fsum([1e100, 1.0, -1e100]) == 1.0 and math.fsum([0.1] * 10) == 1.0.
        Assert.Equal(1.0, Sum([1e100, 1.0, -1e100]));
        Assert.Equal(1.0, Sum(Enumerable.Repeat(0.1, 10)));
        // Python: math.fsum([1e-16, 1, 1e16]) == 1.0000000000000002e16 (half-even across partials).
        Assert.Equal(1.0000000000000002e16, Sum([1e-16, 1, 1e16]));
    }

    [Fact]
    public void Is_exact_in_any_order_where_naive_summation_is_not()
    {
        // Values spanning 60 orders of magnitude, their negations and one target t, shuffled:
        // the exact sum is t, which naive left-to-right summation misses.
        var random = new Random(3);
        var naiveMisses = 0;
        for (var trial = 0; trial < 200; trial++)
        {
            var target = (random.NextDouble() - 0.5) * 1000;
            var values = Enumerable.Range(0, random.Next(1, 100))
                .Select(_ => (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-30, 30)))
                .ToList();
            var terms = values.Concat(values.Select(v => -v)).Append(target).OrderBy(_ => random.Next()).ToArray();
            Assert.Equal(target, Sum(terms));
            Assert.Equal(target, Sum(terms.Reverse()));
            naiveMisses += terms.Sum() == target ? 0 : 1;
        }
        Assert.True(naiveMisses > 100, "the cases should defeat naive summation");
    }

    [Fact]
    public void A_product_added_once_equals_the_value_added_that_many_times()
    {
        var random = new Random(11);
        for (var trial = 0; trial < 500; trial++)
        {
            var x = (random.NextDouble() - 0.3) * 1000 / 7;
            var w = random.Next(1, 50);
            var once = new ExactSum();
            once.AddProduct(w, x);
            Assert.Equal(Sum(Enumerable.Repeat(x, w)), once.Value);
        }
    }
}
