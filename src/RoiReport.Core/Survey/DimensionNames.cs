namespace RoiReport.Core.Survey;

public static class DimensionNames
{
    /// <summary>The default peer-group dimensions, from broadest to narrowest.</summary>
    public static IReadOnlyList<Dimension> Default { get; } = [Dimension.Segment, Dimension.Industry, Dimension.Employees];

    public static IReadOnlyList<Dimension> All { get; } = Enum.GetValues<Dimension>();

    /// <summary>The canonical column name, as in the CSV header and the JSON output.</summary>
    public static string ColumnName(Dimension dimension) => dimension switch
    {
        Dimension.Segment => "segment",
        Dimension.Industry => "industry",
        Dimension.Employees => "employees",
        Dimension.Region => "region",
        _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
    };

    public static bool TryParse(string name, out Dimension dimension)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(ColumnName(candidate), name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                dimension = candidate;
                return true;
            }
        }
        dimension = default;
        return false;
    }

    /// <summary>The firm's label for a dimension, or null when it left it blank.</summary>
    public static string? ValueOf(SurveyResponse response, Dimension dimension) => dimension switch
    {
        Dimension.Segment => SegmentNames.Name(response.Segment),
        Dimension.Industry => response.Industry,
        Dimension.Employees => response.Employees,
        Dimension.Region => response.Region,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
    };
}
