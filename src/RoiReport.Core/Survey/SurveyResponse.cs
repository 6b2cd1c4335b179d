namespace RoiReport.Core.Survey;

/// <summary>One firm's answers in one survey wave.</summary>
/// <param name="Industry">Null when the firm left it blank: it then counts only where industry is "all".</param>
/// <param name="Weight">1 for unweighted data; a frequency weight otherwise.</param>
/// <param name="SmStaffCostPerHour">What an hour of the staff doing social media costs the firm; null where unknown.</param>
/// <param name="SmYears">Years the firm has used social media for marketing; null where unknown.</param>
/// <param name="SmPrimaryPlatform">The firm's main social-media platform; null where blank.</param>
public sealed record SurveyResponse(
    string RespondentId,
    int Year,
    Segment Segment,
    string? Industry,
    string? Employees,
    string? Region,
    double? SalesCycleMonths,
    ChannelInput SocialMedia,
    ChannelInput OtherMarketing,
    double Weight = 1.0,
    double? SmStaffCostPerHour = null,
    double? SmYears = null,
    string? SmPrimaryPlatform = null);
