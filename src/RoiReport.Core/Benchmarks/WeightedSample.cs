namespace RoiReport.Core.Benchmarks;

/// <summary>A group's values of one channel with their weights, appended in ascending order of value.</summary>
internal sealed class WeightedSample
{
    private readonly List<double> _values = [];
    private readonly List<double> _weights = [];

    public int Count => _values.Count;

    public void Add(double value, double weight)
    {
        _values.Add(value);
        _weights.Add(weight);
    }

    public ReadOnlySpan<double> Values => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_values);

    public ReadOnlySpan<double> Weights => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_weights);
}
