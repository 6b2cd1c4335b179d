namespace RoiReport.Core.Benchmarks;

/// <summary>
/// The figures of one peer group. A suppressed group carries its key and its counts (respondents,
/// n, n_other, n_both), and nothing else: every other member is null. The shares and the means are
/// protected by <see cref="Disclosure.DisclosureControl"/>.
/// </summary>
/// <param name="Respondents">Rows in the group, whatever they answered.</param>
/// <param name="N">Rows with a defined social-media hourly return.</param>
/// <param name="OtherN">Rows with a defined other-marketing hourly return.</param>
/// <param name="BothN">Rows with both returns defined: the base of <paramref name="ShareSmGeOther"/>.</param>
public sealed record GroupBenchmark(
    PeerGroupKey Key,
    int Respondents,
    int N,
    bool Suppressed,
    ChannelStatistics? HourlyReturn,
    ChannelStatistics? OtherHourlyReturn,
    double? SharePositive,
    double? ShareAttributing,
    double? ShareSmGeOther,
    int OtherN,
    int BothN)
{
    /// <summary>
    /// Each firm's social-media hourly return less its other-marketing one, over the <see cref="BothN"/>
    /// firms with both: its quantiles and the median's interval (no mean). Null where fewer than min_n firms have both.
    /// </summary>
    public ChannelStatistics? SmMinusOther { get; init; }

    /// <summary>
    /// <see cref="SharePositive"/> widened by the respondents who put hours into social media but
    /// could not attribute sales: the share with a positive return as if none of them earned
    /// anything, and as if all of them earned something. Protected.
    /// </summary>
    public ShareBounds? SharePositiveBounds { get; init; }

    /// <summary>Of the <see cref="StaffCostN"/> firms with a return and a staff cost per hour, the share whose return is above it. Protected.</summary>
    public double? ShareAboveStaffCost { get; init; }

    /// <summary>Firms with a social-media hourly return that said what an hour of their staff costs.</summary>
    public int StaffCostN { get; init; }
}

public sealed record ShareBounds(double Low, double High);
