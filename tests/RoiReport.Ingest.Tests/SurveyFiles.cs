namespace RoiReport.Ingest.Tests;

/// <summary>Small survey files in the canonical schema, written as people write them.</summary>
internal static class SurveyFiles
{
    public const string Header =
        "respondent_id,survey_year,segment,industry,employees,region,sales_cycle_months,sm_hours,sm_sales,sm_direct_costs,other_hours,other_sales,other_direct_costs";

    public static string Row(string id, string year = "2025", string segment = "B2B", string industry = "Software", string smHours = "100", string smSales = "5000", string smCosts = "1000") =>
        $"{id},{year},{segment},{industry},10-49,Europe,6,{smHours},{smSales},{smCosts},200,9000,2000";

    /// <summary>A header and rows, each row on its own line.</summary>
    public static string Csv(params string[] rows) => string.Join('\n', [Header, .. rows]) + "\n";
}
