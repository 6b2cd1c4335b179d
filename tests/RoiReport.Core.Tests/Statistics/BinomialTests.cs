using System.Numerics;
using RoiReport.Core.Statistics;

namespace RoiReport.Core.Tests.Statistics;

public sealed class BinomialTests
{
    /// <summary>qbinom(q, n, ½) in exact integer arithmetic: the smallest k with Σ_{i≤k} C(n,i) ≥ q·2ⁿ.</summary>
    private static long ExactHalfQuantile(int n, int numerator, int denominator)
    {
        var threshold = BigInteger.Pow(2, n) * numerator;
        BigInteger cumulative = 0, term = 1;
        for (var k = 0; k <= n; k++)
        {
            cumulative += term;
            if (cumulative * denominator >= threshold)
            {
                return k;
            }
            term = term * (n - k) / (k + 1);
        }
        return n;
    }

    [Theory]
    // R: qbinom(0.025, n, 0.5); also from Python's math.comb with fractions.
    [InlineData(6, 1)]
    [InlineData(9, 2)]
    [InlineData(10, 2)]
    [InlineData(20, 6)]
    [InlineData(100, 40)]
    [InlineData(1000, 469)]
    [InlineData(4000, 1938)]
    public void Matches_R_qbinom(long n, long expected)
    {
        Assert.Equal(expected, Binomial.HalfQuantile(n, 0.025));
    }

    [Fact]
    public void Matches_exact_integer_arithmetic_for_every_n_up_to_1500()
    {
        for (var n = 1; n <= 1500; n++)
        {
            Assert.Equal(ExactHalfQuantile(n, 1, 40), Binomial.HalfQuantile(n, 0.025));
        }
    }

    [Fact]
    public void Stays_on_the_normal_approximation_for_millions_of_trials()
    {
        // For large n, qbinom(0.025, n, ½) ≈ n/2 − 1.959964·√n/2 within a couple of ranks.
        foreach (var n in new long[] { 100_000, 1_000_000, 10_000_000 })
        {
            var approximate = (n / 2.0) - (1.959964 * Math.Sqrt(n) / 2);
            Assert.InRange(Binomial.HalfQuantile(n, 0.025), approximate - 2, approximate + 2);
        }
    }
}
