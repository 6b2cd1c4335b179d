namespace RoiReport.Site.Charts;

public static class ChartKinds
{
    /// <summary>The kind's name in chart ids and shortcodes.</summary>
    public static string Name(ChartKind kind) => kind switch
    {
        ChartKind.HourlyReturnBySegment => "hourly-return-by-segment",
        ChartKind.Distribution => "distribution",
        ChartKind.SmVsOther => "sm-vs-other",
        ChartKind.Trend => "trend",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
