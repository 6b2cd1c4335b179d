namespace RoiReport.Core.Benchmarks;

/// <summary>How many rows of a wave have a defined hourly return for a channel, and why the rest do not.</summary>
public sealed record ExclusionCounts(int Defined, int SalesBlank, int HoursBlank, int HoursZero, int CostsBlank);
