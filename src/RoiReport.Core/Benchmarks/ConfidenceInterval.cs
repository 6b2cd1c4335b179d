namespace RoiReport.Core.Benchmarks;

public sealed record ConfidenceInterval(double Low, double High);
