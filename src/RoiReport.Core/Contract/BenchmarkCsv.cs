using RoiReport.Core.Benchmarks;
using RoiReport.Core.Survey;

namespace RoiReport.Core.Contract;

/// <summary>
/// The groups of a report as one CSV row each, then the bands of its cuts (the columns <c>cut</c>,
/// <c>band</c>, <c>lower</c> and <c>upper</c>, last, are blank on a group's row): aggregates only,
/// blank where a figure is not published.
/// </summary>
public static class BenchmarkCsv
{
    private static readonly string[] ChannelColumns = ["p10", "p25", "p50", "p75", "p90", "mean", "p50_ci95_low", "p50_ci95_high"];

    public static void Write(BenchmarkReport report, TextWriter destination)
    {
        var region = report.Settings.Dimensions.Contains(Dimension.Region);
        var header = new List<string> { "year", "segment", "industry", "employees" };
        if (region)
        {
            header.Add("region");
        }
        header.AddRange(["respondents", "n", "suppressed"]);
        header.AddRange(ChannelColumns);
        header.AddRange(["share_positive", "share_attributing", "share_sm_ge_other", "n_other"]);
        header.AddRange(ChannelColumns.Select(c => "other_" + c));
        header.Add("n_both");
        header.AddRange(ChannelColumns.Where(c => c != "mean").Select(c => "sm_minus_other_" + c));
        header.AddRange(["share_positive_low", "share_positive_high", "share_above_staff_cost", "n_staff_cost", "cut", "band", "lower", "upper"]);
        destination.Write(string.Join(',', header));
        destination.Write('\n');

        foreach (var group in report.Groups)
        {
            WriteRow(destination, group, region, ["", "", "", ""]);
        }
        foreach (var cut in report.Cuts)
        {
            WriteRow(destination, cut.Figures, region,
                [CutNames.Name(cut.Cut), CsvText.Field(cut.Band.Label), CsvText.Number(cut.Band.Lower), CsvText.Number(cut.Band.Upper)]);
        }
    }

    private static void WriteRow(TextWriter destination, GroupBenchmark group, bool region, string[] cut)
    {
        var key = group.Key;
        var fields = new List<string>
        {
            CsvText.Number(key.Year),
            CsvText.Field(key.Segment),
            CsvText.Field(key.Industry),
            CsvText.Field(key.Employees),
        };
        if (region)
        {
            fields.Add(CsvText.Field(key.Region));
        }
        fields.AddRange([CsvText.Number(group.Respondents), CsvText.Number(group.N), group.Suppressed ? "true" : "false"]);
        fields.AddRange(ChannelFields(group.HourlyReturn));
        fields.AddRange([
            CsvText.Number(group.SharePositive),
            CsvText.Number(group.ShareAttributing),
            CsvText.Number(group.ShareSmGeOther),
            CsvText.Number(group.OtherN),
        ]);
        fields.AddRange(ChannelFields(group.OtherHourlyReturn));
        fields.Add(CsvText.Number(group.BothN));
        fields.AddRange(ChannelFields(group.SmMinusOther).Where((_, i) => ChannelColumns[i] != "mean"));
        fields.AddRange([
            CsvText.Number(group.SharePositiveBounds?.Low),
            CsvText.Number(group.SharePositiveBounds?.High),
            CsvText.Number(group.ShareAboveStaffCost),
            CsvText.Number(group.StaffCostN),
        ]);
        fields.AddRange(cut);
        destination.Write(string.Join(',', fields));
        destination.Write('\n');
    }

    private static IEnumerable<string> ChannelFields(ChannelStatistics? statistics) =>
    [
        CsvText.Number(statistics?.P10),
        CsvText.Number(statistics?.P25),
        CsvText.Number(statistics?.P50),
        CsvText.Number(statistics?.P75),
        CsvText.Number(statistics?.P90),
        CsvText.Number(statistics?.Mean),
        CsvText.Number(statistics?.P50Ci95?.Low),
        CsvText.Number(statistics?.P50Ci95?.High),
    ];
}
