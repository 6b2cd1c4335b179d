using System.Text.Json;
using RoiReport.Tests.Shared;

namespace RoiReport.Cli.Tests;

public sealed class BenchmarkCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Writes_the_public_JSON_contract()
    {
        _folder.Sample("data/a.csv", 600, 2025);
        var run = CliRun.Of("benchmark", "--data", _folder["data"]);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);

        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal("roireport.benchmarks/2", root.GetProperty("schema").GetString());
        Assert.Equal(10, root.GetProperty("settings").GetProperty("min_n").GetInt32());
        var disclosure = root.GetProperty("settings").GetProperty("disclosure");
        Assert.Equal("controlled-tabular-adjustment", disclosure.GetProperty("method").GetString());
        Assert.Equal(
            ["hourly_return.mean", "share_positive", "share_attributing", "other_hourly_return.mean", "share_sm_ge_other", "share_positive_bounds", "share_above_staff_cost"],
            disclosure.GetProperty("protected").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("p50", disclosure.GetProperty("exact").EnumerateArray().Select(e => e.GetString()));
        var groups = root.GetProperty("groups").EnumerateArray().ToList();
        var whole = groups[0];
        Assert.Equal(
            ["year", "segment", "industry", "employees", "respondents", "n", "suppressed", "hourly_return", "other_hourly_return",
             "share_positive", "share_attributing", "share_sm_ge_other", "n_other", "n_both", "sm_minus_other",
             "share_positive_bounds", "share_above_staff_cost", "n_staff_cost"],
            whole.EnumerateObject().Select(p => p.Name));
        Assert.Equal(2025, whole.GetProperty("year").GetInt32());
        Assert.Equal(JsonValueKind.Null, whole.GetProperty("segment").ValueKind);
        Assert.Equal(600, whole.GetProperty("respondents").GetInt32());
        Assert.Equal(
            ["n", "p10", "p25", "p50", "p75", "p90", "mean", "p50_ci95"],
            whole.GetProperty("hourly_return").EnumerateObject().Select(p => p.Name));
        Assert.Equal(2, whole.GetProperty("hourly_return").GetProperty("p50_ci95").GetArrayLength());
        Assert.Equal(
            ["n", "p10", "p25", "p50", "p75", "p90", "p50_ci95"],
            whole.GetProperty("sm_minus_other").EnumerateObject().Select(p => p.Name));

        var suppressed = groups.First(g => g.GetProperty("suppressed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, suppressed.GetProperty("hourly_return").ValueKind);
        Assert.Equal(JsonValueKind.Null, suppressed.GetProperty("share_positive").ValueKind);
        Assert.True(suppressed.GetProperty("n").GetInt32() < 10);
        // Counts of who answered are public for every group, as n always was.
        Assert.Equal(JsonValueKind.Number, suppressed.GetProperty("n_other").ValueKind);
        Assert.Equal(JsonValueKind.Number, suppressed.GetProperty("n_both").ValueKind);
        Assert.Equal(JsonValueKind.Number, suppressed.GetProperty("n_staff_cost").ValueKind);
        Assert.Equal(JsonValueKind.Null, suppressed.GetProperty("share_positive_bounds").ValueKind);
        var bounds = whole.GetProperty("share_positive_bounds");
        Assert.True(bounds[0].GetDouble() <= whole.GetProperty("share_positive").GetDouble() && whole.GetProperty("share_positive").GetDouble() <= bounds[1].GetDouble());
    }

    [Fact]
    public void Csv_and_table_carry_the_same_groups()
    {
        var data = _folder.Sample("a.csv", 300, 2025);
        var json = CliRun.Of("benchmark", "--data", data);
        var csv = CliRun.Of("benchmark", "--data", data, "--format", "csv");
        var table = CliRun.Of("benchmark", "--data", data, "--format", "TABLE");
        var root = JsonDocument.Parse(json.Output).RootElement;
        var rows = root.GetProperty("groups").GetArrayLength() + root.GetProperty("cuts").GetArrayLength();
        Assert.Equal(rows + 1, csv.Output.TrimEnd('\n').Split('\n').Length);
        Assert.StartsWith("year,segment,industry,employees,respondents,n,suppressed,p10,p25,p50,p75,p90,mean,", csv.Output, StringComparison.Ordinal);
        Assert.Contains("too few firms to publish", table.Output, StringComparison.Ordinal);
        Assert.Equal(0, table.ExitCode);
    }

    [Fact]
    public void Out_replaces_a_file_only_when_the_data_is_valid()
    {
        var good = _folder.Sample("good/a.csv", 200, 2025);
        var bad = _folder.Write("bad/a.csv", File.ReadAllText(good).Replace(",B2C,", ",B2X,", StringComparison.Ordinal));
        var result = _folder["benchmarks.json"];

        Assert.Equal(0, CliRun.Of("benchmark", "--data", good, "--out", result).ExitCode);
        var before = File.ReadAllText(result);
        var run = CliRun.Of("benchmark", "--data", bad, "--out", result);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(before, File.ReadAllText(result));
        Assert.Contains("segment: unknown segment 'B2X', expected B2B or B2C", run.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was written", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Several_files_and_folders_may_hold_several_waves()
    {
        _folder.Sample("waves/2024.csv", 300, 2024);
        _folder.Sample("waves/more/2025.csv", 300, 2025);
        var extra = _folder.Sample("extra.csv", 100, 2023);
        var run = CliRun.Of("benchmark", "--data", _folder["waves"], extra);
        var waves = JsonDocument.Parse(run.Output).RootElement.GetProperty("waves").EnumerateArray().Select(w => w.GetProperty("year").GetInt32());
        Assert.Equal([2023, 2024, 2025], waves);
    }

    [Fact]
    public void The_configuration_sets_the_threshold_and_dimensions()
    {
        var data = _folder.Sample("a.csv", 400, 2025);
        var config = _folder.Write("roireport.yml", "benchmark:\n  dimensions: [segment]\n  min_n: 30\n");
        var run = CliRun.Of("benchmark", "--data", data, "--config", config);
        var root = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(30, root.GetProperty("settings").GetProperty("min_n").GetInt32());
        Assert.Equal(3, root.GetProperty("groups").GetArrayLength());
    }
}
