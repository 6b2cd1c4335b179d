namespace RoiReport.Core.Statistics;

public static class Binomial
{
    /// <summary>
    /// The smallest k with P(B ≤ k) ≥ q for B ~ Binomial(n, ½) and 0 &lt; q &lt; ½: R's qbinom(q, n, 0.5).
    /// </summary>
    /// <remarks>
    /// The probabilities are taken relative to the central term and built outwards by the ratio
    /// C(n, k−1) / C(n, k) = k / (n − k + 1). That needs no factorials, stays accurate to a few
    /// ulps for millions of trials (the tail that matters is only about √n terms away from the
    /// centre) and stops where terms fall below what a double can add to the total.
    /// </remarks>
    public static long HalfQuantile(long n, double q)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        if (!(q > 0 && q < 0.5))
        {
            throw new ArgumentOutOfRangeException(nameof(q), q, "Only lower-tail probabilities, strictly between 0 and ½, are supported.");
        }
        if (n == 0)
        {
            return 0;
        }

        // Terms t[k] = C(n,k) / C(n,mode) for k = mode, mode−1, …, down to negligible.
        var mode = n / 2;
        var terms = new List<double>();
        var term = 1.0;
        for (var k = mode; k >= 0; k--)
        {
            terms.Add(term);
            if (term < 1e-300)
            {
                break;
            }
            term *= k / (double)(n - k + 1);
        }

        // Total of all terms by symmetry, summed smallest first.
        var lowerTail = 0.0;
        for (var i = terms.Count - 1; i >= 1; i--)
        {
            lowerTail += terms[i];
        }
        var total = n % 2 == 0
            ? (2 * lowerTail) + 1
            : 2 * (lowerTail + 1);

        // Walk up from the smallest kept term; P(B ≤ mode) ≥ ½ > q, so this returns by the mode.
        var cumulative = 0.0;
        for (var i = terms.Count - 1; ; i--)
        {
            cumulative += terms[i];
            if (cumulative / total >= q || i == 0)
            {
                return mode - i;
            }
        }
    }
}
