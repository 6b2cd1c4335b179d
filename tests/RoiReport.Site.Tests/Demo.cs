using RoiReport.Core.Benchmarks;
using RoiReport.Core.Sample;

namespace RoiReport.Site.Tests;

/// <summary>Reports computed from synthetic waves, and the repository's theme.</summary>
internal static class Demo
{
    private static readonly Lazy<BenchmarkReport> TwoWaves = new(() =>
        BenchmarkEngine.Compute([.. SampleSurvey.Generate(1500, 2024, 24), .. SampleSurvey.Generate(1500, 2025, 25)], BenchmarkSettings.Default));

    public static BenchmarkReport Report => TwoWaves.Value;

    /// <summary>The repository's root, found upwards from the test assembly.</summary>
    public static string Repository { get; } = FindRepository();

    public static string Theme => Path.Combine(Repository, "theme");

    public static string FontFile => Path.Combine(Theme, "assets", "fonts", "DejaVuSans.ttf");

    /// <summary>A folder beside the test assembly for files a person may want to look at.</summary>
    public static string Inspection(string name) => Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "inspect", name)).FullName;

    private static string FindRepository()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "RoiReport.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("The tests run inside the repository.");
    }
}
