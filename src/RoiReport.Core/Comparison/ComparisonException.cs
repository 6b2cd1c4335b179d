namespace RoiReport.Core.Comparison;

/// <summary>The firm's figures or choice of peers cannot be compared; the message says what was expected.</summary>
public sealed class ComparisonException(string message) : Exception(message);
