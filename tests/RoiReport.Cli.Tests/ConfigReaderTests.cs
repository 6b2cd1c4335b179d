using RoiReport.Cli.Config;
using RoiReport.Core.Diagnostics;
using RoiReport.Core.Survey;

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
        Assert.True(problems.IsEmpty, string.Join("\n", problems.Kept));
        Assert.Equal("Social hours", config.Ingest.ColumnAliases["sm_hours"]);
        Assert.Contains("NOTES", config.Ingest.DroppedColumns);
        Assert.Equal([Dimension.Segment, Dimension.Region], config.Benchmark.Dimensions);
        Assert.Equal(config.Benchmark.Dimensions, config.Ingest.Dimensions);
        Assert.Equal(15, config.Benchmark.MinN);
        Assert.Equal(20, config.Benchmark.TailMinN);
    }

    [Fact]
    public void An_empty_file_means_the_defaults()
    {
        var (config, problems) = Read("# nothing yet\n");
        Assert.True(problems.IsEmpty);
        Assert.Equal(RoiReportConfig.Default, config);
    }

    [Theory]
    [InlineData("colums:\n  sm_hours: x\n", 1, "colums: unknown setting, expected one of: columns, drop, benchmark")]
    [InlineData("benchmark:\n  min_n: 3\n", 2, "benchmark.min_n: expected a whole number of firms of at least 5: smaller groups are never published")]
    [InlineData("benchmark:\n  min_n: ten\n", 2, "benchmark.min_n: expected a whole number of firms of at least 5")]
    [InlineData("benchmark:\n  dimensions: [segment, sector]\n", 2, "benchmark.dimensions: unknown dimension 'sector', expected some of: segment, industry, employees, region")]
    [InlineData("columns:\n  hours: x\n", 2, "columns.hours: not a column of the schema")]
    [InlineData("drop: {a: b}\n", 1, "drop: expected a list of column names")]
    [InlineData("columns: [a\n", 2, "yaml: ")]
    public void A_mistake_is_reported_with_its_line(string yaml, int line, string expected)
    {
        var (_, problems) = Read(yaml);
        var problem = Assert.Single(problems.Kept);
        Assert.StartsWith($"{_folder.Path}/roireport.yml:{line}: {expected}", problem.ToString(), StringComparison.Ordinal);
    }
}
