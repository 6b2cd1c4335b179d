using RoiReport.Core.Benchmarks;
using RoiReport.Core.Diagnostics;
using RoiReport.Core.Sample;

namespace RoiReport.Site.Tests.Build;

/// <summary>
/// Golden tests: a small fixed site is built and the files that carry no chart are compared with
/// Golden/CASE/expected/. After a deliberate change of output, run the tests with
/// ROIREPORT_UPDATE_GOLDEN=1 to write the new expected files, and review them in the diff.
/// </summary>
public sealed class GoldenTests : IDisposable
{
    private static readonly string[] Compared =
    [
        "feed.xml", "sitemap.xml", "robots.txt", "404.html", "posts/index.html", "methodology/index.html", "posts/2025-02-03-hello/index.html",
    ];

    private readonly string _output = Directory.CreateTempSubdirectory("roireport-golden-").FullName;

    public void Dispose() => Directory.Delete(_output, recursive: true);

    [Fact]
    public void A_small_site_renders_as_expected()
    {
        var folder = Path.Combine(Demo.Repository, "tests", "RoiReport.Site.Tests", "Golden", "small-site");
        var report = BenchmarkEngine.Compute([.. SampleSurvey.Generate(200, 2025, 7)], BenchmarkSettings.Default with { Dimensions = [Core.Survey.Dimension.Segment, Core.Survey.Dimension.Employees] });
        var options = SiteOptions.Default with { Title = "Small <site>", BaseUrl = "https://small.test/bench/", Currency = "EUR", Publisher = "Tests" };
        var problems = new DiagnosticBag();
        Assert.NotNull(SiteBuilder.Build(new SiteSources(Path.Combine(folder, "input"), Demo.Theme), report, options, _output, problems, _ => { }));

        var expected = Path.Combine(folder, "expected");
        var update = Environment.GetEnvironmentVariable("ROIREPORT_UPDATE_GOLDEN") == "1";
        // Add the page of a suppressed group, which has no chart.
        var suppressed = new Site.Pages.GroupAddresses(report)[report.Groups.First(g => g.Suppressed).Key].Path + "index.html";
        foreach (var name in Compared.Append(suppressed))
        {
            var actual = File.ReadAllText(Path.Combine(_output, name));
            var golden = Path.Combine(expected, name);
            if (update)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
                File.WriteAllText(golden, actual);
            }
            Assert.True(File.Exists(golden), $"no expected file {golden}; run with ROIREPORT_UPDATE_GOLDEN=1 to create it");
            Assert.Equal(File.ReadAllText(golden), actual);
        }
        Assert.False(Directory.Exists(Path.Combine(_output, "posts", "2025-04-05-draft")));
    }
}
