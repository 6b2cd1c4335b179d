using System.Text.Json;
using RoiReport.Tests.Shared;

namespace RoiReport.Cli.Tests;

public sealed class CompareCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Benchmarks()
    {
        var data = _folder.Sample("a.csv", 1500, 2025);
        var file = _folder["benchmarks.json"];
        Assert.Equal(0, CliRun.Of("benchmark", "--data", data, "--out", file).ExitCode);
        return file;
    }

    [Fact]
    public void Json_has_the_contract_fields_and_agrees_with_the_data_it_was_computed_from()
    {
        var data = _folder.Sample("a.csv", 1500, 2025);
        string[] firm = ["compare", "--segment", "B2B", "--industry", "Software", "--sm-sales", "50000", "--sm-direct-costs", "5000", "--sm-hours", "900", "--format", "json"];
        var fromData = CliRun.Of([.. firm, "--data", data]);
        Assert.Equal(0, CliRun.Of("benchmark", "--data", data, "--out", _folder["b.json"]).ExitCode);
        var fromFile = CliRun.Of([.. firm, "--benchmarks", _folder["b.json"]]);
        Assert.Equal(0, fromData.ExitCode);
        Assert.Equal(fromData.Output, fromFile.Output);

        var json = JsonDocument.Parse(fromData.Output).RootElement;
        Assert.Equal(["year", "segment", "industry", "employees"], json.GetProperty("group").EnumerateObject().Select(p => p.Name));
        Assert.Equal("Software", json.GetProperty("group").GetProperty("industry").GetString());
        Assert.Equal(50.0, json.GetProperty("hourly_return").GetDouble());
        Assert.True(json.GetProperty("n").GetInt32() >= 10);
        var percentile = json.GetProperty("percentile");
        Assert.True(percentile.ValueKind == JsonValueKind.Null
            ? json.GetProperty("bound").GetString() is "below" or "above"
            : Math.Round(percentile.GetDouble(), 1) == percentile.GetDouble());
        Assert.InRange(json.GetProperty("quartile").GetInt32(), 1, 4);
    }

    [Theory]
    [InlineData("--sm-hours", "0", 1, "sm-hours is 0")]
    [InlineData("--sm-hours", "-10", 1, "sm-hours is -10, expected a number of at least 0")]
    [InlineData("--segment", "B2G", 1, "unknown segment 'B2G', expected B2B or B2C")]
    [InlineData("--employees", "10000+", 1, "unknown employees band '10000+', expected one of: 1-9, 10-49, 50-249, 250+")]
    [InlineData("--year", "2019", 1, "there is no 2019 wave, expected one of: 2025")]
    [InlineData("--sm-sales", "lots", 2, "--sm-sales 'lots' is not a number")]
    public void Bad_input_gets_a_clear_error_and_its_exit_code(string option, string value, int code, string message)
    {
        var benchmarks = Benchmarks();
        var args = new Dictionary<string, string> { ["--segment"] = "B2B", ["--sm-sales"] = "1000", ["--sm-direct-costs"] = "10", ["--sm-hours"] = "50" };
        args[option] = value;
        var run = CliRun.Of(["compare", .. args.SelectMany(a => new[] { a.Key, a.Value }), "--benchmarks", benchmarks]);
        Assert.Equal(code, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_marketing_figures_come_as_a_set()
    {
        var run = CliRun.Of("compare", "--segment", "B2B", "--sm-sales", "1", "--sm-direct-costs", "0", "--sm-hours", "1", "--other-sales", "5", "--benchmarks", Benchmarks());
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--other-sales, --other-direct-costs and --other-hours go together", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_says_which_peers_and_where_the_firm_stands()
    {
        var run = CliRun.Of("compare", "--segment", "b2c", "--sm-sales", "12000", "--sm-direct-costs", "2000", "--sm-hours", "400",
            "--other-sales", "20000", "--other-direct-costs", "1000", "--other-hours", "300", "--benchmarks", Benchmarks());
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Peer group: B2C, 2025 (", run.Output, StringComparison.Ordinal);
        Assert.Contains("Your social-media hourly return: $25.00 per hour", run.Output, StringComparison.Ordinal);
        Assert.Contains("Other marketing: $63.33 per hour; your social-media hour earns less", run.Output, StringComparison.Ordinal);
    }
}
