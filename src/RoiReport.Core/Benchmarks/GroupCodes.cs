namespace RoiReport.Core.Benchmarks;

/// <summary>Dimension codes of a peer group, compared element by element.</summary>
internal sealed class GroupCodes : IEqualityComparer<int[]>, IComparer<int[]>
{
    /// <summary>The code of a dimension the group is not cut by.</summary>
    public const int All = -2;

    public static GroupCodes Comparer { get; } = new();

    public bool Equals(int[]? x, int[]? y) => x.AsSpan().SequenceEqual(y);

    public int GetHashCode(int[] obj)
    {
        var hash = new HashCode();
        foreach (var code in obj)
        {
            hash.Add(code);
        }
        return hash.ToHashCode();
    }

    public int Compare(int[]? x, int[]? y) => x.AsSpan().SequenceCompareTo(y);
}
