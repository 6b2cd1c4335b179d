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
}
