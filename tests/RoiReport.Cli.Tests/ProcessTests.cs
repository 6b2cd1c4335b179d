using System.Diagnostics;
using RoiReport.Tests.Shared;

namespace RoiReport.Cli.Tests;

/// <summary>The real roireport executable, started as a user starts it.</summary>
public sealed class ProcessTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Build_with_no_options_uses_the_folders_of_a_site()
    {
        // A folder laid out like the repository: data/ beside roireport.yml.
        _folder.Waves();
        _folder.Write("roireport.yml", "benchmark:\n  min_n: 12\n");
        Folders.Copy(Repository.Theme, _folder["theme"]);
        Folders.Copy(Repository.Input, _folder["input"]);
        var (code, output, error) = RoireportProcess.Run(_folder.Path, "build");
        Assert.True(code == 0, error);
        Assert.Matches(@"^built _site: [\d,]+ pages, [\d,]+ charts, 2 waves, 2,000 firms", output);
        Assert.True(File.Exists(_folder["_site/posts/2025-11-17-second-wave/index.html"]));
        Assert.Contains("\"min_n\": 12", File.ReadAllText(_folder["_site/data/benchmarks.json"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_stops_cleanly_when_the_system_asks_it_to()
    {
        _folder.Sample("data/survey-2025.csv", 300, 2025);
        _folder.Write("input/index.md", "---\ntitle: Home\nlayout: home\n---\nHello.\n");
        Folders.Copy(Repository.Theme, _folder["theme"]);
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _folder.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "roireport.dll"), "serve", "--port", "0" })
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var lines = new List<string>();
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            lines.Add(line);
            if (line.StartsWith("Serving http://127.0.0.1:", StringComparison.Ordinal))
            {
                break;
            }
        }
        Assert.True(lines.Count > 0 && lines[^1].StartsWith("Serving", StringComparison.Ordinal), string.Join("\n", lines));

        using (var kill = Process.Start("kill", ["-TERM", $"{process.Id}"]))
        {
            kill.WaitForExit();
        }
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(process.ExitCode == 0, $"exit code {process.ExitCode}: {await error}");
        Assert.Contains("Stopped.", await process.StandardOutput.ReadToEndAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_data_folder_the_site_is_its_pages_alone()
    {
        _folder.Write("input/index.md", "---\ntitle: Home\nlayout: home\n---\nHello.\n");
        _folder.Write("input/notes.md", "---\ntitle: Notes\n---\n\n| a | b |\n| - | - |\n| 1 | 2 |\n");
        Folders.Copy(Repository.Theme, _folder["theme"]);
        var (code, output, error) = RoireportProcess.Run(_folder.Path, "build");
        Assert.True(code == 0, error);
        Assert.Matches(@"^built _site: 4 pages, no survey data in \d+\.\d\d s\n$", output);
        Assert.Contains("<td>1</td>", File.ReadAllText(_folder["_site/notes/index.html"]), StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder["_site/benchmarks"]));
        Assert.False(Directory.Exists(_folder["_site/data"]));
        Assert.DoesNotContain("benchmarks/", File.ReadAllText(_folder["_site/index.html"]), StringComparison.Ordinal);

        // Naming data that is not there is still a mistake.
        Assert.Equal(2, RoireportProcess.Run(_folder.Path, "build", "--data", "missing").ExitCode);
    }

    [Fact]
    public void Bad_input_gets_a_message_and_an_exit_code_never_a_stack_trace()
    {
        _folder.Write("data/a.csv", "\u0000\u0001binary");
        var binary = RoireportProcess.Run(_folder.Path, "benchmark");
        Assert.Equal(1, binary.ExitCode);
        Assert.Equal("data/a.csv: file: looks binary (it contains NUL bytes), expected a CSV text file saved as UTF-8\n1 problem in 1 file; nothing was written.\n", binary.Error);
        Assert.Equal("", binary.Output);

        var usage = RoireportProcess.Run(_folder.Path, "benchmark", "--data", "missing");
        Assert.Equal(2, usage.ExitCode);
        Assert.DoesNotContain("   at ", usage.Error, StringComparison.Ordinal);
    }
}
