namespace RoiReport.Core.Survey;

/// <summary>What the benchmarks need of a firm beyond its two returns, in one byte.</summary>
[Flags]
public enum FirmFlags : byte
{
    None = 0,

    /// <summary>The firm put hours into social media (more than zero).</summary>
    SocialMediaHours = 1,

    /// <summary>The firm has a social-media hourly return and said what an hour of its staff costs.</summary>
    StaffCostKnown = 2,

    /// <summary>Its social-media hourly return is above its staff cost per hour.</summary>
    AboveStaffCost = 4,
}

/// <summary>A firm's <see cref="FirmFlags"/> from its answers.</summary>
public static class FirmFlagging
{
    /// <param name="socialMediaReturn">The firm's social-media hourly return, NaN where undefined.</param>
    /// <param name="staffCostPerHour">What an hour of the staff doing social media costs the firm, or null where unknown.</param>
    public static FirmFlags Of(ChannelInput socialMedia, double socialMediaReturn, double? staffCostPerHour)
    {
        var flags = socialMedia.Hours > 0 ? FirmFlags.SocialMediaHours : FirmFlags.None;
        if (!double.IsNaN(socialMediaReturn) && staffCostPerHour is { } cost)
        {
            flags |= FirmFlags.StaffCostKnown | (socialMediaReturn > cost ? FirmFlags.AboveStaffCost : FirmFlags.None);
        }
        return flags;
    }
}
