using RoiReport.Core.Statistics;

namespace RoiReport.Core.Benchmarks;

/// <summary>
/// A total of weights, exact: a plain count where every weight is 1 (the sum of n ones is n, and
/// counting is far quicker than exact summing), an <see cref="ExactSum"/> otherwise.
/// </summary>
internal sealed class WeightTotal(bool weighted)
{
    private readonly ExactSum? _sum = weighted ? new ExactSum() : null;
    private long _count;

    public void Add(double weight)
    {
        _count++;
        _sum?.Add(weight);
    }

    public void Add(WeightTotal other)
    {
        _count += other._count;
        if (other._sum is not null)
        {
            _sum?.Add(other._sum);
        }
    }

    public double Value => _sum?.Value ?? _count;
}
