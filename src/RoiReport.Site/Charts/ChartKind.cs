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

    /// <summary>The social-media hourly return by sales-cycle length: B2B beside B2C for all firms, or one segment's.</summary>
    BySalesCycle,

    /// <summary>The share of firms that can attribute sales to social media, by sales-cycle length.</summary>
    AttributingBySalesCycle,

    /// <summary>The social-media hourly return by hours a week put into social media.</summary>
    ByHours,

    /// <summary>The social-media hourly return by years of using social media for marketing.</summary>
    ByExperience,

    /// <summary>The spread of each firm's social-media hourly return less its other-marketing one.</summary>
    Gap,
}
