namespace RoiReport.Core.Survey;

public static class SegmentNames
{
    /// <summary>Reads "B2B" or "B2C", ignoring case and surrounding white space.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out Segment segment)
    {
        var trimmed = text.Trim();
        if (trimmed.Equals("B2B", StringComparison.OrdinalIgnoreCase))
        {
            segment = Segment.B2B;
            return true;
        }
        if (trimmed.Equals("B2C", StringComparison.OrdinalIgnoreCase))
        {
            segment = Segment.B2C;
            return true;
        }
        segment = default;
        return false;
    }

    public static string Name(Segment segment) => segment switch
    {
        Segment.B2B => "B2B",
        Segment.B2C => "B2C",
        _ => throw new ArgumentOutOfRangeException(nameof(segment)),
    };
}
