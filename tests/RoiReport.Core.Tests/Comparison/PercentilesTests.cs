using RoiReport.Core.Benchmarks;
using RoiReport.Core.Comparison;

namespace RoiReport.Core.Tests.Comparison;

public sealed class PercentilesTests
{
    private static ChannelStatistics Published(double? p10, double? p25, double? p50, double? p75, double? p90) =>
        new(40, p10, p25, p50, p75, p90, 0, null);

    private static readonly ChannelStatistics Full = Published(-10, 0, 10, 30, 70);
    private static readonly ChannelStatistics CentralOnly = Published(null, 0, 10, 30, null);

    [Theory]
    // Between points: 25 + (5 − 0) × (50 − 25) / (10 − 0) = 37.5; 50 + (20 − 10) × 25 / 20 = 62.5; 75 + 15 × 15 / 40 = 80.625 → 80.6.
    [InlineData(5, 37.5)]
    [InlineData(20, 62.5)]
    [InlineData(45, 80.6)]
    [InlineData(-10, 10)]
    [InlineData(70, 90)]
    [InlineData(10, 50)]
    // 10 + (−7 + 10) × 15 / 10 = 14.5
    [InlineData(-7, 14.5)]
    public void Interpolates_linearly_between_the_published_points(double value, double expected)
    {
        Assert.Equal(new PercentileEstimate(expected, null, null), Percentiles.Estimate(Full, value));
    }

    [Fact]
    public void Outside_the_published_points_says_which_bound()
    {
        Assert.Equal(new PercentileEstimate(null, "below", "p10"), Percentiles.Estimate(Full, -10.01));
        Assert.Equal(new PercentileEstimate(null, "above", "p90"), Percentiles.Estimate(Full, 1e6));
    }

    [Fact]
    public void A_group_with_only_the_quartiles_bounds_at_p25_and_p75()
    {
        Assert.Equal(new PercentileEstimate(null, "below", "p25"), Percentiles.Estimate(CentralOnly, -1));
        Assert.Equal(new PercentileEstimate(null, "above", "p75"), Percentiles.Estimate(CentralOnly, 31));
        Assert.Equal(new PercentileEstimate(75, null, null), Percentiles.Estimate(CentralOnly, 30));
        Assert.Equal(new PercentileEstimate(62.5, null, null), Percentiles.Estimate(CentralOnly, 20));
    }

    [Fact]
    public void On_a_flat_stretch_the_percentile_is_its_middle()
    {
        // Half the firms at exactly zero: p25 = p50 = p75 = 0.
        var flat = Published(-5, 0, 0, 0, 8);
        Assert.Equal(new PercentileEstimate(50, null, null), Percentiles.Estimate(flat, 0));
        Assert.Equal(new PercentileEstimate(82.5, null, null), Percentiles.Estimate(flat, 4));
    }

    [Theory]
    [InlineData(-1, 1)]
    [InlineData(0, 2)]
    [InlineData(9.99, 2)]
    [InlineData(10, 3)]
    [InlineData(30, 4)]
    public void Quartiles_start_at_their_quantile(double value, int quartile) => Assert.Equal(quartile, Percentiles.Quartile(Full, value));

    [Theory]
    [InlineData(80.625, 80.6)]
    [InlineData(80.65, 80.7)]
    [InlineData(12.25, 12.3)]
    [InlineData(37.45, 37.5)]
    public void Rounds_halves_up_as_JavaScript_Math_round_does(double value, double rounded)
    {
        // JavaScript: Math.round(80.65 * 10) / 10 === 80.7, Math.round(37.45 * 10) / 10 === 37.5.
        Assert.Equal(rounded, Percentiles.Round(value));
    }
}
