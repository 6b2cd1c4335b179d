using BenchmarkDotNet.Attributes;
using RoiReport.Core.Diagnostics;
using RoiReport.Site.Content;
using RoiReport.Site.Pages;
using RoiReport.Tests.Shared;

namespace RoiReport.Bench;

/// <summary>One 8 KB Markdown page to HTML, and that page through the theme's page layout.</summary>
[MemoryDiagnoser]
public class PageBenchmarks
{
    private string _markdown = "";
    private Site.Theme.Theme _theme = null!;
    private LayoutModel _model = null!;

    [GlobalSetup]
    public void Prepare()
    {
        var rows = string.Join("\n", Enumerable.Range(1, 6).Select(i => $"| firm {i} | {i * 17} | {i * 3.25:0.00} |"));
        var section = $"## A section\n\nSocial media returned **more** per hour in [one group](../x/) than in another.\n\n- one\n- two\n- three\n\n| Name | Firms | Median |\n| --- | ---: | ---: |\n{rows}\n\n";
        _markdown = string.Concat(Enumerable.Repeat(section, 20));
        _theme = Site.Theme.Theme.Load(Path.Combine(Folders.Repository, "theme"), new DiagnosticBag())!;
        _model = Model(MarkdownRenderer.ToHtml(_markdown));
    }

    /// <summary>A page's model, as the site builder makes one.</summary>
    internal static LayoutModel Model(string content) =>
        new LayoutModel("../", false, new SiteModel("Bench", "en", "Bench", 10, true),
            new PageInfo("A page", "A page · Bench", "A page.", null, "website", null, 1200, 660, null, null, null, []),
            new NavModel(false, false, false, false))
        { Content = content };

    [Benchmark]
    public int Markdown() => MarkdownRenderer.ToHtml(_markdown).Length;

    [Benchmark]
    public int Layout() => _theme.Render("page", _model).Length;
}
