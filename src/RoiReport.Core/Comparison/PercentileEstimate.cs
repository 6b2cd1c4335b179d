namespace RoiReport.Core.Comparison;

/// <summary>
/// Where a value falls among a group's published quantiles. Either a percentile, or the bound it
/// lies beyond ("below" the lowest published quantile, "above" the highest) and that quantile's name.
/// </summary>
public sealed record PercentileEstimate(double? Percentile, string? Bound, string? Quantile);
