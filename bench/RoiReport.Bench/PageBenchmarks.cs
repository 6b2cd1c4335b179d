using BenchmarkDotNet.Attributes;
using RoiReport.Core.Diagnostics;
using RoiReport.Site.Content;
using RoiReport.Tests.Shared;

namespace RoiReport.Bench;

/// <summary>One 8 KB Markdown page to HTML, and that page through the theme's page layout.</summary>
[MemoryDiagnoser]
public class PageBenchmarks
{
    private string _markdown = "";
    private Site.Theme.Theme _theme = null!;
    private Dictionary<string, object?> _model = [];

    [GlobalSetup]
    public void Prepare()
    {
        var rows = string.Join("\n", Enumerable.Range(1, 6).Select(i => $"| firm {i} | {i * 17} | {i * 3.25:0.00} |"));
        var section = $"## A section\n\nSocial media returned **more** per hour in [one group](../x/) than in another.\n\n- one\n- two\n- three\n\n| Name | Firms | Median |\n| --- | ---: | ---: |\n{rows}\n\n";
        _markdown = string.Concat(Enumerable.Repeat(section, 20));
        _theme = Site.Theme.Theme.Load(Path.Combine(Folders.Repository, "theme"), new DiagnosticBag())!;
        _model = new Dictionary<string, object?>
        {
            ["content"] = MarkdownRenderer.ToHtml(_markdown),
            ["root"] = "../",
            ["site"] = new Dictionary<string, object?> { ["title"] = "Bench", ["language"] = "en", ["publisher"] = "Bench", ["minN"] = 10, ["figures"] = true },
            ["page"] = new Dictionary<string, object?> { ["title"] = "A page", ["fullTitle"] = "A page · Bench", ["description"] = "A page." },
            ["nav"] = new Dictionary<string, object?>(),
        };
    }

    [Benchmark]
    public int Markdown() => MarkdownRenderer.ToHtml(_markdown).Length;

    [Benchmark]
    public int Layout() => _theme.Render("page", _model).Length;
}
