using RoiReport.Core.Survey;

namespace RoiReport.Core.Comparison;

/// <summary>One firm's own figures and the peers it asks to be compared with.</summary>
/// <param name="Year">The wave to compare against; null for the latest.</param>
/// <param name="OtherMarketing">Null when the firm gives no figures for its other marketing.</param>
public sealed record FirmFigures(
    Segment Segment,
    string? Industry,
    string? Employees,
    int? Year,
    ChannelInput SocialMedia,
    ChannelInput? OtherMarketing);
