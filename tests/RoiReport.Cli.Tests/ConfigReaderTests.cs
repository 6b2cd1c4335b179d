using RoiReport.Cli.Config;
using RoiReport.Core.Benchmarks;
using RoiReport.Core.Diagnostics;
using RoiReport.Core.Survey;
using RoiReport.Tests.Shared;

namespace RoiReport.Cli.Tests;

public sealed class ConfigReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private (RoiReportConfig Config, DiagnosticBag Problems) Read(string yaml)
    {
        var problems = new DiagnosticBag();
        var config = ConfigReader.Read(_folder.Write("roireport.yml", yaml), problems);
        return (config, problems);
    }

    [Fact]
    public void Reads_every_setting()
    {
        var (config, problems) = Read("""
            # a comment
            columns:
              sm_hours: Social hours
              respondent_id: id
            drop: [contact_email, notes]
            benchmark:
              dimensions: [segment, region]
              min_n: 15
            """);
        Assert.True(problems.IsEmpty, string.Join("\n", problems.Listed));
        Assert.Equal("Social hours", config.Ingest.ColumnAliases["sm_hours"]);
        Assert.Contains("NOTES", config.Ingest.DroppedColumns);
        Assert.Equal([Dimension.Segment, Dimension.Region], config.Benchmark.Dimensions);
        Assert.Equal(config.Benchmark.Dimensions, config.Ingest.Dimensions);
        Assert.Equal(15, config.Benchmark.MinN);
        Assert.Equal(20, config.Benchmark.TailMinN);
    }

    [Fact]
    public void Reads_the_survey_period_and_the_bands_of_the_cuts()
    {
        var (config, problems) = Read("""
            survey:
              period_months: 6
            benchmark:
              cuts:
                sales_cycle_months: [1, 6, 24]
                sm_years: false
                sm_primary_platform: false
            """);
        Assert.True(problems.IsEmpty, string.Join("\n", problems.Listed));
        var cuts = config.Benchmark.Cuts;
        Assert.Equal(6, cuts.PeriodMonths);
        Assert.Equal(26, cuts.WeeksInPeriod);
        Assert.Equal([1.0, 6, 24], cuts.Edges[CutColumn.SalesCycleMonths]);
        Assert.Equal(CutSettings.Default.Edges[CutColumn.SmHoursPerWeek], cuts.Edges[CutColumn.SmHoursPerWeek]);
        Assert.Equal([CutColumn.SalesCycleMonths, CutColumn.SmHoursPerWeek], cuts.Columns);
        Assert.Equal(["<1", "1-6", "6-24", "24+"], cuts.Bands(CutColumn.SalesCycleMonths).Select(b => b.Label));
        Assert.Equal(cuts, config.Ingest.Cuts);
    }

    [Fact]
    public void An_empty_file_means_the_defaults()
    {
        var (config, problems) = Read("# nothing yet\n");
        Assert.True(problems.IsEmpty);
        Assert.Equal(RoiReportConfig.Default, config);
    }

    [Theory]
    [InlineData("colums:\n  sm_hours: x\n", 1, "colums: unknown setting, expected one of: columns, drop, survey, benchmark")]
    [InlineData("benchmark:\n  min_n: 3\n", 2, "benchmark.min_n: expected a whole number of firms of at least 5: smaller groups are never published")]
    [InlineData("benchmark:\n  min_n: ten\n", 2, "benchmark.min_n: expected a whole number of firms of at least 5")]
    [InlineData("benchmark:\n  dimensions: [segment, sector]\n", 2, "benchmark.dimensions: unknown dimension 'sector', expected some of: segment, industry, employees, region")]
    [InlineData("columns:\n  hours: x\n", 2, "columns.hours: not a column of the schema")]
    [InlineData("drop: {a: b}\n", 1, "drop: expected a list of column names")]
    [InlineData("columns: [a\n", 2, "yaml: ")]
    [InlineData("survey:\n  period_months: 0\n", 2, "survey.period_months: expected the months the survey's hours were counted over, a number above 0 and at most 120, such as 12")]
    [InlineData("survey:\n  weeks: 52\n", 2, "weeks: unknown setting, expected one of: period_months")]
    [InlineData("benchmark:\n  cuts:\n    sales_cycle_months: [12, 3]\n", 3, "benchmark.cuts.sales_cycle_months: '3' is out of place, expected the edges between bands, ascending numbers above 0")]
    [InlineData("benchmark:\n  cuts:\n    sm_years: [0, 1]\n", 3, "benchmark.cuts.sm_years: '0' is out of place")]
    [InlineData("benchmark:\n  cuts:\n    sm_years: []\n", 3, "benchmark.cuts.sm_years: expected the edges between bands")]
    [InlineData("benchmark:\n  cuts:\n    region: [1]\n", 3, "region: unknown setting, expected one of: sales_cycle_months, sm_hours_per_week, sm_years, sm_primary_platform")]
    [InlineData("benchmark:\n  cuts:\n    sm_primary_platform: [1]\n", 3, "benchmark.cuts.sm_primary_platform: expected true (one band per platform) or false (no such cut)")]
    public void A_mistake_is_reported_with_its_line(string yaml, int line, string expected)
    {
        var (_, problems) = Read(yaml);
        var problem = Assert.Single(problems.Listed);
        Assert.StartsWith($"{_folder.Path}/roireport.yml:{line}: {expected}", problem.ToString(), StringComparison.Ordinal);
    }
}
