namespace RoiReport.Core.Survey;

/// <summary>What a firm answered that the cuts band it by: NaN where it left a number blank, <see cref="SurveyTableBuilder.Blank"/> where it left the platform blank.</summary>
/// <param name="Platform">The platform label's number in the builder's <see cref="LabelCatalog"/>.</param>
public readonly record struct CutAnswers(double SalesCycleMonths, double SmHours, double SmYears, int Platform)
{
    public static CutAnswers Blank { get; } = new(double.NaN, double.NaN, double.NaN, SurveyTableBuilder.Blank);
}
