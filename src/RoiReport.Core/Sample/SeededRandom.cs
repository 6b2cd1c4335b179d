namespace RoiReport.Core.Sample;

/// <summary>
/// SplitMix64: a small generator whose sequence for a seed is fixed by this code alone, so sample
/// data stays the same across .NET versions (System.Random's sequence is not a documented contract).
/// </summary>
internal sealed class SeededRandom(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>Standard normal, by the Box–Muller transform.</summary>
    public double NextNormal()
    {
        var u = 1.0 - NextDouble();
        var v = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2.0 * Math.PI * v);
    }

    /// <summary>Log-normal with the given median and log-scale spread.</summary>
    public double NextLogNormal(double median, double sigma) => median * Math.Exp(sigma * NextNormal());

    /// <summary>One of the choices, with probability proportional to its weight.</summary>
    public T Pick<T>(IReadOnlyList<(T Value, double Weight)> choices)
    {
        var total = choices.Sum(c => c.Weight);
        var target = NextDouble() * total;
        foreach (var (value, weight) in choices)
        {
            target -= weight;
            if (target < 0)
            {
                return value;
            }
        }
        return choices[^1].Value;
    }
}
