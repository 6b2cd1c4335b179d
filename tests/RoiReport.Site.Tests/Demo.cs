using RoiReport.Core.Benchmarks;
using RoiReport.Core.Sample;
using RoiReport.Tests.Shared;

namespace RoiReport.Site.Tests;

/// <summary>Reports computed from synthetic waves, and the repository's theme.</summary>
internal static class Demo
{
    private static readonly Lazy<BenchmarkReport> TwoWaves = new(() =>
        BenchmarkEngine.Compute([.. SampleSurvey.Generate(1500, 2024, 24), .. SampleSurvey.Generate(1500, 2025, 25)], BenchmarkSettings.Default));

    public static BenchmarkReport Report => TwoWaves.Value;

    /// <summary>The repository's root, found upwards from the test assembly.</summary>
    public static string Repository => Folders.Repository;

    public static string Theme => Path.Combine(Repository, "theme");

    public static string FontFile => Path.Combine(Theme, "assets", "fonts", "DejaVuSans.ttf");

    /// <summary>The page of the published group of a wave with the longest name: the widest labels the demonstration has.</summary>
    public static string LongestGroupPage(int year)
    {
        var addresses = new Site.Pages.GroupAddresses(Report);
        return addresses[Report.Groups.Where(g => g.Key.Year == year && !g.Suppressed).MaxBy(g => addresses[g.Key].Name.Length)!.Key].Path;
    }

    /// <summary>The pages a reader reads figures on, with the longest labels the demonstration has: home, a wave, the longest-named groups, a post.</summary>
    public static string[] ReadingPages =>
    [
        "",
        "benchmarks/2025/",
        LongestGroupPage(2025),
        LongestGroupPage(2024),
        "posts/2025-11-17-second-wave/",
    ];

    /// <summary>A folder beside the test assembly for files a person may want to look at.</summary>
    public static string Inspection(string name) => Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "inspect", name)).FullName;
}
