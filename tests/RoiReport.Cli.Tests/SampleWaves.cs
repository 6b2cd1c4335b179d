using RoiReport.Tests.Shared;

namespace RoiReport.Cli.Tests;

/// <summary>Synthetic survey files in a test folder, written by the real <c>sample</c> command.</summary>
internal static class SampleWaves
{
    public static string Sample(this TempFolder folder, string name, int firms, int year, int seed = 1)
    {
        var file = folder[name];
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var run = CliRun.Of("sample", "--firms", $"{firms}", "--year", $"{year}", "--seed", $"{seed}", "--out", file);
        Assert.Equal(0, run.ExitCode);
        return file;
    }

    /// <summary>
    /// Two waves, 2024 and 2025, in data/: what the demonstration's pages need, since a post of
    /// each wave cites its figures (among them bands of the sales-cycle cut, which need firms enough).
    /// </summary>
    public static void Waves(this TempFolder folder, int firms = 1000, int seed = 1)
    {
        folder.Sample("data/2024.csv", firms, 2024, seed);
        folder.Sample("data/2025.csv", firms, 2025, seed + 1);
    }
}
