using RoiReport.Core.Benchmarks;

namespace RoiReport.Core.Comparison;

/// <summary>Where a firm stands among its peers.</summary>
/// <param name="Group">The most specific published group that matches the firm.</param>
/// <param name="Skipped">More specific groups that matched but are suppressed or absent, most specific first.</param>
/// <param name="SmAtLeastOther">Whether the firm's social-media hour earns at least its other-marketing hour; null without other figures.</param>
public sealed record ComparisonResult(
    GroupBenchmark Group,
    IReadOnlyList<PeerGroupKey> Skipped,
    double HourlyReturn,
    PercentileEstimate Percentile,
    int? Quartile,
    double? OtherHourlyReturn,
    bool? SmAtLeastOther);
