namespace RoiReport.Site.Charts;

public enum ChartKind
{
    /// <summary>One wave's hourly return for all firms and each segment.</summary>
    HourlyReturnBySegment,

    /// <summary>The spread of one group's social-media hourly return.</summary>
    Distribution,

    /// <summary>One group's social-media hourly return beside its other marketing's.</summary>
    SmVsOther,

    /// <summary>One peer group's median across waves.</summary>
    Trend,
}
