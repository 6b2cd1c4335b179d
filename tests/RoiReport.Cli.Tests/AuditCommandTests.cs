using RoiReport.Core.Benchmarks;
using RoiReport.Core.Contract;
using RoiReport.Ingest;
using RoiReport.Tests.Shared;

namespace RoiReport.Cli.Tests;

public sealed class AuditCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Finds_nothing_disclosed_in_what_benchmark_publishes()
    {
        _folder.Sample("data/a.csv", 900, 2025);
        _folder.Sample("data/b.csv", 600, 2024, seed: 2);
        var run = CliRun.Of("audit", "--data", _folder["data"]);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        var lines = run.Output.TrimEnd('\n').Split('\n');
        Assert.Matches(@"^audit: [\d,]+ figures withheld, [\d,]+ derivable, 0 disclosed; \d+ of \d+ published groups \(\d+\.\d%\) keep a mean and all three shares$", lines[^1]);
        Assert.Contains(lines, l => l.EndsWith(": protected", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("DISCLOSED", StringComparison.Ordinal));

        CliRun.Of("benchmark", "--data", _folder["data"], "--out", _folder["benchmarks.json"]);
        Assert.Equal(run, CliRun.Of("audit", "--data", _folder["data"], "--benchmarks", _folder["benchmarks.json"]));
    }

    [Fact]
    public void Shows_what_exact_means_and_shares_would_disclose_and_fails()
    {
        var file = _folder.Sample("data/a.csv", 900, 2025);
        var survey = SurveyLoader.Load([file], IngestOptions.Default).Table;
        var leaky = ExactRelease.Of(survey, BenchmarkEngine.Compute(survey, BenchmarkSettings.Default));
        using (var stream = File.Create(_folder["leaky.json"]))
        {
            BenchmarkJson.Write(leaky, stream);
        }
        var run = CliRun.Of("audit", "--data", _folder["data"], "--benchmarks", _folder["leaky.json"]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.Output.Split('\n'), l => l.EndsWith(": DISCLOSED", StringComparison.Ordinal) && l.Contains("hourly_return.mean", StringComparison.Ordinal));
        Assert.DoesNotContain(" 0 disclosed", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_release_of_other_data_or_an_old_file_is_refused_with_the_reason()
    {
        _folder.Sample("data/a.csv", 400, 2025);
        _folder.Sample("other/a.csv", 400, 2025, seed: 9);
        CliRun.Of("benchmark", "--data", _folder["other"], "--out", _folder["other.json"]);
        var run = CliRun.Of("audit", "--data", _folder["data"], "--benchmarks", _folder["other.json"]);
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"roireport audit: {_folder["other.json"]}: the release does not match the survey: 2025 · all segment · all industry · all employees has 400 respondents and n = ", run.Error, StringComparison.Ordinal);

        _folder.Write("old.json", "{\"schema\": \"roireport.benchmarks/1\", \"groups\": []}");
        var old = CliRun.Of("audit", "--data", _folder["data"], "--benchmarks", _folder["old.json"]);
        Assert.Equal(1, old.ExitCode);
        Assert.Contains("written by an earlier RoiReport (roireport.benchmarks/1", old.Error, StringComparison.Ordinal);

        Assert.Equal(2, CliRun.Of("audit", "--data", _folder["data"], "--benchmarks", _folder["none.json"]).ExitCode);
        Assert.Equal(2, CliRun.Of("audit", "--format", "json").ExitCode);
    }
}
