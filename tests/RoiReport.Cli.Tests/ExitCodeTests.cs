using RoiReport.Core.Diagnostics;
using RoiReport.Tests.Shared;

namespace RoiReport.Cli.Tests;

public sealed class ExitCodeTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Problems_decide_the_exit_code()
    {
        var problems = new DiagnosticBag();
        Assert.Equal(ExitCodes.Success, ExitCodes.For(problems));
        problems.Add(new Diagnostic("a.csv", 3, "segment", "unknown"));
        Assert.Equal(ExitCodes.InvalidData, ExitCodes.For(problems));
    }

    [Theory]
    [InlineData(new string[0], "Peer benchmarks")]
    [InlineData(new[] { "publish" }, "unknown command 'publish', expected one of: build, serve, benchmark, validate, sample, compare")]
    [InlineData(new[] { "benchmark", "--formt", "csv" }, "benchmark: unknown option '--formt', expected one of: --data, --config, --format, --out")]
    [InlineData(new[] { "benchmark", "--format", "xml" }, "benchmark: --format 'xml' is not one of: json, csv, table")]
    [InlineData(new[] { "benchmark", "--format" }, "benchmark: Required argument missing for option: '--format'")]
    [InlineData(new[] { "benchmark", "stray" }, "benchmark: unexpected argument 'stray'")]
    [InlineData(new[] { "validate", "--data", "/nonexistent/survey.csv" }, "--data /nonexistent/survey.csv: no such file or folder")]
    [InlineData(new[] { "validate", "--config", "/nonexistent/roireport.yml" }, "--config /nonexistent/roireport.yml: no such file")]
    [InlineData(new[] { "sample", "--firms", "-3" }, "sample: --firms '-3' is not a whole number from 1 to 100000000")]
    public void A_usage_error_exits_2_with_what_was_expected(string[] args, string expected)
    {
        var run = CliRun.Of(args);
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_csv_files_is_a_usage_error()
    {
        Directory.CreateDirectory(_folder["empty"]);
        var run = CliRun.Of("validate", "--data", _folder["empty"]);
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("no *.csv files found", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_data_exits_1_and_names_every_problem()
    {
        var data = _folder.Write("a.csv", """
            respondent_id,survey_year,segment,industry,employees,sm_hours,sm_sales,sm_direct_costs,other_hours,other_sales,other_direct_costs
            F1,2025,B2B,Software,1-9,10,abc,5,1,1,1
            F2,2025,B2B,Software,1-9,10,100,5,1,1,1,extra
            F2,2025,b2c,Software,1-9,10,100,-5,1,1,1
            """);
        var run = CliRun.Of("validate", "--data", data);
        Assert.Equal(ExitCodes.InvalidData, run.ExitCode);
        var lines = run.Error.TrimEnd().Split('\n');
        Assert.StartsWith($"{data}:2: sm_sales: 'abc' is not a number", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"{data}:3: record: has 12 fields, expected 11", lines[1], StringComparison.Ordinal);
        Assert.StartsWith($"{data}:4: sm_direct_costs: '-5' is negative", lines[2], StringComparison.Ordinal);
        Assert.Equal("3 problems in 1 file; nothing was written.", lines[3]);
    }

    [Fact]
    public void A_configuration_error_exits_1_with_its_line()
    {
        var data = _folder.Sample("a.csv", 50, 2025);
        var config = _folder.Write("roireport.yml", "benchmark:\n  min_n: 2\n");
        var run = CliRun.Of("benchmark", "--data", data, "--config", config);
        Assert.Equal(ExitCodes.InvalidData, run.ExitCode);
        Assert.StartsWith($"{config}:2: benchmark.min_n:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_summarises_valid_data()
    {
        _folder.Sample("data/a.csv", 120, 2024);
        _folder.Sample("data/b.csv", 80, 2025);
        var run = CliRun.Of("validate", "--data", _folder["data"]);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("ok: 2 files, 200 firms (2024: 120; 2025: 80)", run.Output.TrimEnd());
    }

    [Fact]
    public void The_columns_lines_validate_suggests_map_the_headers_when_pasted_into_roireport_yml()
    {
        var data = _folder.Write("a.csv", """"
            Response ID,survey_year,segment,industry,employees,"Hours: social media",sm_sales,sm_direct_costs,other_hours,"Other ""sales""",other_direct_costs
            F1,2025,B2B,Software,1-9,10,100,5,1,1,1
            """");
        var first = CliRun.Of("validate", "--data", data);
        Assert.Equal(ExitCodes.InvalidData, first.ExitCode);
        var lines = System.Text.RegularExpressions.Regex.Matches(first.Error, "with the line \"(.*)\"\n").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(3, lines.Count);
        var config = _folder.Write("roireport.yml", "columns:\n" + string.Concat(lines.Select(l => $"  {l}\n")));
        var second = CliRun.Of("validate", "--data", data, "--config", config);
        Assert.True(second.ExitCode == ExitCodes.Success, second.Error);
    }
}
