using RoiReport.Core.Contract;
using RoiReport.Core.Survey;

namespace RoiReport.Ingest;

/// <summary>Writes responses in the canonical schema, blank where a firm left an answer blank.</summary>
public static class SurveyCsvWriter
{
    public static void Write(IEnumerable<SurveyResponse> responses, TextWriter destination, bool includeWeight = false)
    {
        var columns = includeWeight ? SurveyColumns.All : SurveyColumns.All.Where(c => c != SurveyColumns.Weight);
        destination.Write(string.Join(',', columns));
        destination.Write('\n');
        foreach (var r in responses)
        {
            List<string> fields =
            [
                CsvText.Field(r.RespondentId),
                CsvText.Number(r.Year),
                SegmentNames.Name(r.Segment),
                CsvText.Field(r.Industry),
                CsvText.Field(r.Employees),
                CsvText.Field(r.Region),
                CsvText.Number(r.SalesCycleMonths),
                CsvText.Number(r.SocialMedia.Hours),
                CsvText.Number(r.SocialMedia.Sales),
                CsvText.Number(r.SocialMedia.DirectCosts),
                CsvText.Number(r.OtherMarketing.Hours),
                CsvText.Number(r.OtherMarketing.Sales),
                CsvText.Number(r.OtherMarketing.DirectCosts),
                CsvText.Number(r.SmStaffCostPerHour),
                CsvText.Number(r.SmYears),
                CsvText.Field(r.SmPrimaryPlatform),
            ];
            if (includeWeight)
            {
                fields.Add(CsvText.Number(r.Weight));
            }
            destination.Write(string.Join(',', fields));
            destination.Write('\n');
        }
    }
}
