using RoiReport.Core.Diagnostics;
using RoiReport.Site.Content;

namespace RoiReport.Site.Pages;

/// <summary>A page of the site before it is rendered: where it goes, its layout, and what its layout shows.</summary>
/// <param name="Path">The site path: "" for the home page, "benchmarks/2025/" for a folder page, "404.html" for a file.</param>
/// <param name="Model">Makes the page's model from the fields every layout receives; called only when the page is rendered, which in a rebuild most pages are not.</param>
/// <param name="ImageChartId">The chart whose PNG is the page's social-card image.</param>
/// <param name="Nav">The section of the site navigation the page belongs to, if any.</param>
/// <param name="Source">The Markdown the page is rendered from, if any: with the site's inputs, it decides whether the page changed.</param>
/// <param name="Content">Renders that Markdown, reporting its problems; called only when the page is rendered.</param>
public sealed record PlannedPage(
    string Path,
    string Layout,
    string Title,
    string Description,
    Func<LayoutModel, LayoutModel> Model,
    string? ImageChartId = null,
    DateOnly? Date = null,
    IReadOnlyList<string>? Tags = null,
    string? Nav = null,
    SourceDocument? Source = null,
    Func<DiagnosticBag, string>? Content = null)
{
    public string OutputFile => Path.EndsWith(".html", StringComparison.Ordinal) ? Path : Path + "index.html";

    /// <summary>The relative way back to the site root, so the site works from any sub-path and offline.</summary>
    public string Root => RootOf(Path);

    /// <summary>"../../" for "benchmarks/2025/", "" for the home page.</summary>
    public static string RootOf(string path) => string.Concat(Enumerable.Repeat("../", path.Count(c => c == '/')));
}
