namespace RoiReport.Core.Survey;

/// <summary>
/// Orders labels as a reader expects: runs of digits by their value, the rest ordinally, so size
/// bands come as 1-9, 10-49, 50-249, 250+ rather than in character order. Ties fall back to
/// ordinal order, so the order is total and the same on every machine.
/// </summary>
public sealed class LabelOrder : IComparer<string>
{
    public static LabelOrder Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }
        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }
        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
            {
                var a = Run(x, ref i).TrimStart('0');
                var b = Run(y, ref j).TrimStart('0');
                var byValue = a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a.ToString(), b.ToString());
                if (byValue != 0)
                {
                    return byValue;
                }
                continue;
            }
            if (x[i] != y[j])
            {
                return x[i].CompareTo(y[j]);
            }
            i++;
            j++;
        }
        var byLength = (x.Length - i).CompareTo(y.Length - j);
        return byLength != 0 ? byLength : string.CompareOrdinal(x, y);
    }

    private static ReadOnlySpan<char> Run(string s, ref int index)
    {
        var start = index;
        while (index < s.Length && char.IsAsciiDigit(s[index]))
        {
            index++;
        }
        return s.AsSpan(start, index - start);
    }
}
