using RoiReport.Tests.Shared;

namespace RoiReport.Cli.Tests;

public sealed class BuildCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Writes_the_benchmark_files_the_site_publishes()
    {
        _folder.Waves();
        var run = CliRun.Of(["build", "--data", _folder["data"], "--output", _folder["site"], .. Repository.Site]);
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^built .+site: [\d,]+ pages, [\d,]+ charts, 2 waves, 2,000 firms, [\d,]+ peer groups \([\d,]+ suppressed\) in \d+\.\d\d s\n$", run.Output);
        Assert.True(File.Exists(_folder["site/index.html"]));

        var json = File.ReadAllText(_folder["site/data/benchmarks.json"]);
        Assert.Equal(CliRun.Of("benchmark", "--data", _folder["data"]).Output, json);
        var csv = File.ReadAllText(_folder["site/data/benchmarks.csv"]);
        Assert.Equal(CliRun.Of("benchmark", "--data", _folder["data"], "--format", "csv").Output, csv);
        Assert.DoesNotContain("SYN-", json + csv, StringComparison.Ordinal);
        Assert.Empty(Directory.GetDirectories(_folder.Path, ".*"));
    }

    /// <summary>
    /// The benchmarks are read back from the cache while the survey files, the configuration and the
    /// code are unchanged, and computed again when any of them changes; the published figures are
    /// exactly those of <c>roireport benchmark</c> either way.
    /// </summary>
    [Fact]
    public void Benchmarks_are_computed_again_only_when_the_survey_or_the_configuration_changed()
    {
        _folder.Waves();
        string[] build = ["build", "--data", _folder["data"], "--output", _folder["site"], "--cache", _folder["cache"], .. Repository.Site];
        void AssertPublished()
        {
            var expected = CliRun.Of(["benchmark", "--data", _folder["data"], .. File.Exists(_folder["roireport.yml"]) ? new[] { "--config", _folder["roireport.yml"] } : []]).Output;
            Assert.Equal(expected, File.ReadAllText(_folder["site/data/benchmarks.json"]));
        }

        Assert.Contains("computed", CliRun.Of(build).Error, StringComparison.Ordinal);
        AssertPublished();
        var second = CliRun.Of(build);
        Assert.Contains("read the benchmarks of 2,000 firms from the cache", second.Error, StringComparison.Ordinal);
        Assert.Contains("2,000 firms", second.Output, StringComparison.Ordinal);
        AssertPublished();

        _folder.Sample("data/2025.csv", 1000, 2025, seed: 9);
        Assert.Contains("computed", CliRun.Of(build).Error, StringComparison.Ordinal);
        AssertPublished();

        _folder.Write("roireport.yml", "benchmark:\n  min_n: 25\n");
        Assert.Contains("computed", CliRun.Of([.. build, "--config", _folder["roireport.yml"]]).Error, StringComparison.Ordinal);
        AssertPublished();
        Assert.Single(Directory.GetFiles(_folder["cache/benchmarks"]));
    }

    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        _folder.Waves();
        CliRun.Of(["build", "--data", _folder["data"], "--output", _folder["one"], .. Repository.Site]);
        CliRun.Of(["build", "--data", _folder["data"], "--output", _folder["two"], .. Repository.Site]);
        foreach (var name in new[] { "data/benchmarks.json", "data/benchmarks.csv", "index.html", "methodology/index.html" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(_folder["one"], name)), File.ReadAllBytes(Path.Combine(_folder["two"], name)));
        }
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_untouched()
    {
        _folder.Waves();
        var good = _folder["data/2025.csv"];
        Assert.Equal(0, CliRun.Of(["build", "--data", _folder["data"], "--output", _folder["site"], .. Repository.Site]).ExitCode);
        File.WriteAllText(_folder["site/keep.txt"], "published earlier");
        var before = File.ReadAllText(_folder["site/data/benchmarks.json"]);
        File.AppendAllText(good, "SYN-X,2025,B2B,Software,1-9,Europe,3,10,abc,1,1,1,1,30,2,LinkedIn\n");

        var run = CliRun.Of(["build", "--data", _folder["data"], "--output", _folder["site"], .. Repository.Site]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("sm_sales: 'abc' is not a number", run.Error, StringComparison.Ordinal);
        Assert.Contains("previous", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(_folder["site/data/benchmarks.json"]));
        Assert.Equal("published earlier", File.ReadAllText(_folder["site/keep.txt"]));
    }

    [Fact]
    public void A_rebuild_replaces_the_whole_output()
    {
        _folder.Waves();
        CliRun.Of(["build", "--data", _folder["data"], "--output", _folder["site"], .. Repository.Site]);
        File.WriteAllText(_folder["site/stale.html"], "from an older build");
        Assert.Equal(0, CliRun.Of(["build", "--data", _folder["data"], "--output", _folder["site"], .. Repository.Site]).ExitCode);
        Assert.False(File.Exists(_folder["site/stale.html"]));
    }

    [Fact]
    public void Refuses_an_output_folder_that_holds_the_data()
    {
        _folder.Sample("data/a.csv", 50, 2025);
        var run = CliRun.Of("build", "--data", _folder["data"], "--output", _folder.Path);
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("overlaps --data", run.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(_folder["data/a.csv"]));
    }

    [Fact]
    public void A_mistake_in_a_page_fails_the_build_and_keeps_the_previous_site()
    {
        _folder.Waves();
        Folders.Copy(Repository.Input, _folder["input"]);
        string[] build = ["build", "--data", _folder["data"], "--output", _folder["site"], "--theme", Repository.Theme, "--input", _folder["input"]];
        Assert.Equal(0, CliRun.Of(build).ExitCode);
        var before = File.ReadAllText(_folder["site/index.html"]);
        File.WriteAllText(_folder["input/posts/broken.md"], "---\ntitle: Broken\ndate: 2025-13-01\n---\n");

        var run = CliRun.Of(build);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{_folder["input/posts/broken.md"]}:3: date: '2025-13-01' is not a date, expected YYYY-MM-DD", run.Error, StringComparison.Ordinal);
        Assert.Contains("previous", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(_folder["site/index.html"]));
    }

    [Fact]
    public void Refuses_an_output_folder_inside_the_pages_it_reads()
    {
        _folder.Sample("data/a.csv", 50, 2025);
        Directory.CreateDirectory(_folder["input"]);
        var run = CliRun.Of("build", "--data", _folder["data"], "--input", _folder["input"], "--theme", Repository.Theme, "--output", _folder["input/_site"]);
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains($"overlaps --input {_folder["input"]}", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_the_current_folder_as_output()
    {
        var run = CliRun.Of("build", "--output", ".");
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("is the current folder or one above it", run.Error, StringComparison.Ordinal);
    }
}
