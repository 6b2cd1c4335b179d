namespace RoiReport.Core.Survey;

/// <summary>
/// What a firm reported for one marketing channel over a wave's period. Null means the firm left
/// the answer blank, which is not the same as zero.
/// </summary>
public readonly record struct ChannelInput(double? Hours, double? Sales, double? DirectCosts);
