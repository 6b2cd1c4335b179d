using RoiReport.Core.Survey;

namespace RoiReport.Ingest;

/// <summary>The canonical column names of the survey CSV schema.</summary>
public static class SurveyColumns
{
    public const string RespondentId = "respondent_id";
    public const string SurveyYear = "survey_year";
    public const string Segment = "segment";
    public const string Industry = "industry";
    public const string Employees = "employees";
    public const string Region = "region";
    public const string SalesCycleMonths = "sales_cycle_months";
    public const string SmHours = "sm_hours";
    public const string SmSales = "sm_sales";
    public const string SmDirectCosts = "sm_direct_costs";
    public const string OtherHours = "other_hours";
    public const string OtherSales = "other_sales";
    public const string OtherDirectCosts = "other_direct_costs";
    public const string SmStaffCostPerHour = "sm_staff_cost_per_hour";
    public const string SmYears = "sm_years";
    public const string SmPrimaryPlatform = "sm_primary_platform";
    public const string Weight = "weight";

    public static IReadOnlyList<string> All { get; } =
    [
        RespondentId, SurveyYear, Segment, Industry, Employees, Region, SalesCycleMonths,
        SmHours, SmSales, SmDirectCosts, OtherHours, OtherSales, OtherDirectCosts, SmStaffCostPerHour, SmYears, SmPrimaryPlatform, Weight,
    ];

    /// <summary>
    /// The columns a file must have: the firm, its wave and segment, the peer-group dimensions
    /// and both channels' figures. Region, sales cycle, staff cost, years on social media, primary platform and weight are optional (region is required as a dimension).
    /// </summary>
    public static IReadOnlyList<string> Required(IEnumerable<Dimension> dimensions) =>
    [
        .. new[] { RespondentId, SurveyYear, Segment }
            .Concat(dimensions.Select(DimensionNames.ColumnName))
            .Concat([SmHours, SmSales, SmDirectCosts, OtherHours, OtherSales, OtherDirectCosts])
            .Distinct(),
    ];
}
