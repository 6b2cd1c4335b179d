using RoiReport.Core.Statistics;

namespace RoiReport.Core.Tests.Statistics;

public sealed class QuantilesTests
{
    private static double Type7(double[] values, double p)
    {
        var sorted = values.Order().ToArray();
        return Quantiles.Type7(sorted, WeightedPositions.Cumulative(Enumerable.Repeat(1.0, sorted.Length).ToArray()), p).Value;
    }

    [Theory]
    // R 4.x: quantile(1:10, c(.1, .25, .5, .75, .9)) gives 1.9 3.25 5.5 7.75 9.1.
    [InlineData(0.10, 1.9)]
    [InlineData(0.25, 3.25)]
    [InlineData(0.50, 5.5)]
    [InlineData(0.75, 7.75)]
    [InlineData(0.90, 9.1)]
    public void One_to_ten_matches_R_type_7(double p, double expected)
    {
        Assert.Equal(expected, Type7([.. Enumerable.Range(1, 10).Select(i => (double)i)], p), 12);
    }

    [Fact]
    public void Matches_the_Excel_PERCENTILE_INC_documentation_example()
    {
        // Microsoft's PERCENTILE.INC help page: =PERCENTILE.INC({1,3,2,4}, 0.3) returns 1.9.
        Assert.Equal(1.9, Type7([1, 3, 2, 4], 0.3), 12);
    }

    [Theory]
    // Python 3.11 statistics.quantiles(x, n=10 and n=4, method='inclusive'), which is type 7,
    // on a sample with losses: x = [-12.5, 3, 0, 7.25, 40, -3, 18, 2, 11, 5.5].
    [InlineData(0.10, -3.95)]
    [InlineData(0.25, 0.5)]
    [InlineData(0.50, 4.25)]
    [InlineData(0.75, 10.0625)]
    [InlineData(0.90, 20.2)]
    public void Negative_returns_are_kept_and_match_an_independent_implementation(double p, double expected)
    {
        Assert.Equal(expected, Type7([-12.5, 3, 0, 7.25, 40, -3, 18, 2, 11, 5.5], p), 12);
    }

    [Fact]
    public void Interpolation_between_equal_values_returns_the_value_itself()
    {
        // R returns x[lo] unchanged where x[hi] equals it, rather than (1-h)x + hx, which can differ by an ulp.
        var x = 0.1 + 0.2;
        Assert.Equal(x, Type7([x, x, x, 5], 0.3));
    }

    [Fact]
    public void Integer_weights_give_exactly_the_quantiles_of_the_repeated_rows()
    {
        var random = new Random(20250101);
        for (var trial = 0; trial < 500; trial++)
        {
            var rows = random.Next(1, 40);
            var values = Enumerable.Range(0, rows).Select(_ => Math.Round((random.NextDouble() - 0.3) * 200, random.Next(0, 4))).Order().ToArray();
            var weights = values.Select(_ => (double)random.Next(1, 6)).ToArray();
            var repeated = values.SelectMany((v, i) => Enumerable.Repeat(v, (int)weights[i])).ToArray();
            var ones = WeightedPositions.Cumulative(Enumerable.Repeat(1.0, repeated.Length).ToArray());
            foreach (var p in new[] { 0, 0.1, 0.25, 0.5, 0.75, 0.9, 1, random.NextDouble() })
            {
                var weighted = Quantiles.Type7(values, WeightedPositions.Cumulative(weights), p).Value;
                var expanded = Quantiles.Type7(repeated, ones, p).Value;
                Assert.Equal(BitConverter.DoubleToInt64Bits(expanded), BitConverter.DoubleToInt64Bits(weighted));
            }
        }
    }

    [Fact]
    public void Quantiles_are_monotone_in_p_and_lie_within_the_data()
    {
        var random = new Random(7);
        for (var trial = 0; trial < 300; trial++)
        {
            var values = Enumerable.Range(0, random.Next(1, 60)).Select(_ => Math.Exp(random.NextDouble() * 8) - 40).Order().ToArray();
            var weights = values.Select(_ => 0.1 + (random.NextDouble() * 3)).ToArray();
            var cumulative = WeightedPositions.Cumulative(weights);
            var previous = double.NegativeInfinity;
            for (var p = 0.0; p <= 1.0; p += 0.01)
            {
                var q = Quantiles.Type7(values, cumulative, p).Value;
                Assert.True(q >= previous, $"quantile fell from {previous} to {q} at p={p}");
                Assert.InRange(q, values[0], values[^1]);
                previous = q;
            }
        }
    }

    [Fact]
    public void Reports_the_rows_it_read_so_that_extreme_values_can_be_withheld()
    {
        double[] values = [-50, 1, 2, 3];
        // The lowest firm carries weight 5 of 8: the 10th percentile is its value alone.
        var q = Quantiles.Type7(values, WeightedPositions.Cumulative([5, 1, 1, 1]), 0.1);
        Assert.Equal(-50, q.Value);
        Assert.True(q.RestsOnExtremeRow(values.Length));
        var median = Quantiles.Type7(values, WeightedPositions.Cumulative([1, 1, 1, 1]), 0.5);
        Assert.False(median.RestsOnExtremeRow(values.Length));
    }

    [Fact]
    public void An_empty_sample_has_no_quantile()
    {
        Assert.Throws<ArgumentException>(() => Quantiles.Type7([], [], 0.5));
    }
}
