using RoiReport.Core.Benchmarks;

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
        ChartKind.BySalesCycle => "by-sales-cycle",
        ChartKind.AttributingBySalesCycle => "attributing-by-sales-cycle",
        ChartKind.ByHours => "by-hours",
        ChartKind.ByExperience => "by-experience",
        ChartKind.Gap => "gap",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The cut a kind breaks its group down by, if any.</summary>
    /// <summary>What a chart's rows are, as its figures table and CSV head their first column.</summary>
    public static string RowHeading(ChartKind kind) =>
        kind == ChartKind.Trend ? "Wave" : Cut(kind) is { } cut ? ChartBuilder.BandUnit(cut) : "Group";

    /// <summary>Whether the chart shows a share of firms rather than the spread of their hourly returns.</summary>
    public static bool ShowsShares(ChartKind kind) => kind == ChartKind.AttributingBySalesCycle;

    public static CutColumn? Cut(ChartKind kind) => kind switch
    {
        ChartKind.BySalesCycle or ChartKind.AttributingBySalesCycle => CutColumn.SalesCycleMonths,
        ChartKind.ByHours => CutColumn.SmHoursPerWeek,
        ChartKind.ByExperience => CutColumn.SmYears,
        _ => null,
    };

    /// <summary>The kinds drawn for all firms and for each segment of a wave: what the practitioners ask.</summary>
    public static IReadOnlyList<ChartKind> Answers { get; } =
        [ChartKind.AttributingBySalesCycle, ChartKind.BySalesCycle, ChartKind.ByHours, ChartKind.ByExperience, ChartKind.Gap];
}
