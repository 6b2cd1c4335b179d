namespace RoiReport.Cli.Tests;

/// <summary>A folder of test files, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "roireport-cli-tests", Guid.NewGuid().ToString("N"));

    public string this[string relative] => System.IO.Path.Combine(Path, relative);

    public string Write(string name, string text)
    {
        var file = this[name];
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
        return file;
    }

    /// <summary>A synthetic wave written by the real sample command.</summary>
    public string Sample(string name, int firms, int year, int seed = 1)
    {
        var file = this[name];
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        var run = CliRun.Of("sample", "--firms", $"{firms}", "--year", $"{year}", "--seed", $"{seed}", "--out", file);
        Assert.Equal(0, run.ExitCode);
        return file;
    }

    /// <summary>
    /// Two waves, 2024 and 2025, in data/: what the demonstration's pages need, since a post of
    /// each wave cites its figures (among them bands of the sales-cycle cut, which need firms enough).
    /// </summary>
    public void Waves(int firms = 1000, int seed = 1)
    {
        Sample("data/2024.csv", firms, 2024, seed);
        Sample("data/2025.csv", firms, 2025, seed + 1);
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
