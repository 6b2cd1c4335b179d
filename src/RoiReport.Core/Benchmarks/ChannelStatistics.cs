namespace RoiReport.Core.Benchmarks;

/// <summary>
/// The published distribution of one channel's hourly return in a group. A figure is null where
/// it may not be published: p10 and p90 below the tail threshold, and any figure that would be
/// the value of the lowest- or highest-ranked firm alone (possible only with weights). The mean is
/// protected (see <see cref="Disclosure.DisclosureRules"/>) and null where it is withheld.
/// </summary>
public sealed record ChannelStatistics(
    int N,
    double? P10,
    double? P25,
    double? P50,
    double? P75,
    double? P90,
    double? Mean,
    ConfidenceInterval? P50Ci95);
