using System.Collections.Concurrent;
using RoiReport.Core.Benchmarks;
using RoiReport.Core.Diagnostics;
using RoiReport.Core.Output;
using RoiReport.Site.Charts;
using RoiReport.Site.Content;
using RoiReport.Site.Output;
using RoiReport.Site.Pages;

namespace RoiReport.Site;

/// <summary>
/// Builds the site in plain stages: read the theme and the Markdown, plan the pages, draw the
/// charts, render the pages, collect every file. Charts and pages are rendered in parallel.
/// </summary>
public static class SiteBuilder
{
    /// <summary>
    /// Builds the site and brings a folder up to date with it (see <see cref="SiteFiles.Update"/>),
    /// or returns null after reporting why it cannot be built, leaving the folder as it was.
    /// </summary>
    public static SiteBuildSummary? Build(SiteSources sources, BenchmarkReport report, SiteOptions options, string output, DiagnosticBag problems, Action<string> progress, ChartCache? cache = null)
    {
        var files = new SiteFiles();
        if (Build(sources, report, options, files, problems, progress, cache) is not { } summary)
        {
            return null;
        }
        var changes = files.Update(output);
        progress($"wrote {changes.Written:N0} files, {changes.Unchanged:N0} unchanged, {changes.Removed:N0} removed");
        return summary;
    }

    /// <summary>Builds the site into <paramref name="output"/>, or returns null after reporting why it cannot be built.</summary>
    /// <param name="cache">Charts drawn by earlier builds; those whose figures did not change are not drawn again.</param>
    public static SiteBuildSummary? Build(SiteSources sources, BenchmarkReport report, SiteOptions options, SiteFiles output, DiagnosticBag problems, Action<string> progress, ChartCache? cache = null)
    {
        cache ??= new ChartCache();
        if (Theme.Theme.Load(sources.ThemeFolder, problems) is not { } theme)
        {
            return null;
        }
        var documents = Directory.Exists(sources.InputFolder)
            ? ContentLoader.Load(sources.InputFolder, theme.Layouts, problems)
            : [];
        if (!problems.IsEmpty)
        {
            return null;
        }
        progress($"read {documents.Count} Markdown pages");

        var money = new Money(options.Currency);
        var addresses = new GroupAddresses(report);
        var specs = ChartBuilder.All(report, addresses);
        var renderer = new ChartRenderer(money, Path.Combine(theme.AssetsFolder, "fonts", "DejaVuSans.ttf"), specs);
        var charts = new ConcurrentDictionary<string, RenderedChart>(StringComparer.Ordinal);
        Parallel.ForEach(specs, spec => charts[spec.Id] = cache.GetOrRender(spec, renderer));
        var drawn = cache.Drawn;
        progress(drawn == charts.Count ? $"drew {charts.Count} charts" : $"drew {drawn} charts, reused {charts.Count - drawn}");
        cache.Sweep();

        var formats = new Formats(money);
        var models = new PageModels(report, addresses, charts, formats, options);
        var shortcodes = new Shortcodes.ShortcodeRenderer(report, addresses, models, formats, theme);
        var pages = SitePlanner.Plan(documents, report, addresses, models, shortcodes, options, problems);
        if (!problems.IsEmpty)
        {
            return null;
        }
        Parallel.ForEach(pages, page => output.Add(page.OutputFile, ChartSplice.Fill(theme.Render(page.Layout, CommonModel(page, report, options, charts)), charts)));
        progress($"rendered {pages.Count} pages");

        foreach (var chart in charts.Values)
        {
            output.Add($"charts/{chart.Chart.Id}.png", chart.Png);
            output.Add($"charts/{chart.Chart.Id}.svg", chart.Svg + "\n");
        }
        AddFolder(output, theme.AssetsFolder, "assets");
        if (report.Waves.Count > 0)
        {
            AddData(output, report);
        }
        output.Add("robots.txt", Plumbing.RobotsTxt(options));
        output.Add("feed.xml", Plumbing.FeedXml([.. pages.Where(p => p.Layout == "post")], options));
        if (Plumbing.SitemapXml(pages, options) is { } sitemap)
        {
            output.Add("sitemap.xml", sitemap);
        }
        return new SiteBuildSummary(pages.Count, charts.Count, drawn);
    }

    /// <summary>The fields every layout can use, and the page's own.</summary>
    private static Dictionary<string, object?> CommonModel(PlannedPage page, BenchmarkReport report, SiteOptions options, IReadOnlyDictionary<string, RenderedChart> charts)
    {
        var root = page.Path == "404.html" ? options.BasePath : page.Root;
        var image = page.ImageChartId is { } id && options.HasAbsoluteBaseUrl ? options.AbsoluteUrl($"charts/{id}.png") : null;
        var model = new Dictionary<string, object?>(page.Model)
        {
            ["root"] = root,
            ["bare"] = page.Layout == "embed",
            ["site"] = new Dictionary<string, object?>
            {
                ["title"] = options.Title,
                ["language"] = options.Language,
                ["publisher"] = options.Publisher,
                ["minN"] = report.Settings.MinN,
                ["figures"] = report.Waves.Count > 0,
            },
            ["page"] = new Dictionary<string, object?>
            {
                ["title"] = page.Title,
                ["fullTitle"] = page.Path.Length == 0 ? page.Title : $"{page.Title} · {options.Title}",
                ["description"] = page.Description,
                ["canonical"] = page.Path == "404.html" ? null : options.AbsoluteUrl(page.Path),
                ["ogType"] = page.Layout == "post" ? "article" : "website",
                ["image"] = image,
                ["imageWidth"] = ChartStyle.PngWidth,
                ["imageHeight"] = ChartStyle.PngHeight,
                ["imageAlt"] = page.ImageChartId is { } chartId && charts.TryGetValue(chartId, out var chart) ? chart.AltText : null,
                ["date"] = page.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["dateText"] = page.Date is { } date ? Formats.Date(date) : null,
                ["tags"] = page.Tags ?? [],
            },
            ["nav"] = new Dictionary<string, object?>
            {
                ["benchmarks"] = page.Nav == "benchmarks",
                ["posts"] = page.Nav == "posts",
                ["methodology"] = page.Nav == "methodology",
                ["compare"] = page.Nav == "compare",
            },
        };
        return model;
    }

    private static void AddData(SiteFiles output, BenchmarkReport report)
    {
        using (var json = new MemoryStream())
        {
            BenchmarkJson.Write(report, json);
            json.WriteByte((byte)'\n');
            output.Add("data/benchmarks.json", json.ToArray());
        }
        using var csv = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        BenchmarkCsv.Write(report, csv);
        output.Add("data/benchmarks.csv", csv.ToString());
    }

    private static void AddFolder(SiteFiles output, string from, string to)
    {
        if (!Directory.Exists(from))
        {
            return;
        }
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            output.Add($"{to}/{Path.GetRelativePath(from, file).Replace('\\', '/')}", File.ReadAllBytes(file));
        }
    }
}
