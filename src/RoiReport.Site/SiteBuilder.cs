using System.Collections.Concurrent;
using System.Text;
using RoiReport.Core.Benchmarks;
using RoiReport.Core.Diagnostics;
using RoiReport.Core.Output;
using RoiReport.Site.Charts;
using RoiReport.Site.Content;
using RoiReport.Site.Output;
using RoiReport.Site.Pages;

namespace RoiReport.Site;

/// <summary>
/// Builds the site into a folder in plain stages: read the theme and the Markdown, plan the pages,
/// draw the charts, render the pages, write everything. Charts and pages are rendered in parallel.
/// </summary>
public static class SiteBuilder
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the site into <paramref name="output"/>, or returns null after reporting why it cannot be built.</summary>
    public static SiteBuildSummary? Build(SiteSources sources, BenchmarkReport report, SiteOptions options, string output, DiagnosticBag problems, Action<string> progress)
    {
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
        var renderer = new ChartRenderer(money, Path.Combine(theme.AssetsFolder, "fonts", "DejaVuSans.ttf"));
        var charts = new ConcurrentDictionary<string, RenderedChart>(StringComparer.Ordinal);
        Parallel.ForEach(specs, spec => charts[spec.Id] = renderer.Render(spec));
        progress($"drew {charts.Count} charts");

        var formats = new Formats(money);
        var models = new PageModels(report, addresses, charts, formats, options);
        var shortcodes = new Shortcodes.ShortcodeRenderer(report, addresses, models, formats, theme);
        var pages = SitePlanner.Plan(documents, report, addresses, models, shortcodes, options, problems);
        if (!problems.IsEmpty)
        {
            return null;
        }
        Parallel.ForEach(pages, page => Write(output, page.OutputFile, theme.Render(page.Layout, CommonModel(page, report, options, charts))));
        progress($"rendered {pages.Count} pages");

        var chartFolder = Directory.CreateDirectory(Path.Combine(output, "charts")).FullName;
        Parallel.ForEach(charts.Values, chart =>
        {
            File.WriteAllBytes(Path.Combine(chartFolder, chart.Chart.Id + ".png"), chart.Png);
            File.WriteAllText(Path.Combine(chartFolder, chart.Chart.Id + ".svg"), chart.Svg + "\n", Utf8);
        });
        CopyFolder(theme.AssetsFolder, Path.Combine(output, "assets"));
        WriteData(output, report);
        Write(output, "robots.txt", Plumbing.RobotsTxt(options));
        Write(output, "feed.xml", Plumbing.FeedXml([.. pages.Where(p => p.Layout == "post")], options));
        if (Plumbing.SitemapXml(pages, options) is { } sitemap)
        {
            Write(output, "sitemap.xml", sitemap);
        }
        return new SiteBuildSummary(pages.Count, charts.Count);
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

    private static void WriteData(string output, BenchmarkReport report)
    {
        var data = Directory.CreateDirectory(Path.Combine(output, "data")).FullName;
        using (var json = File.Create(Path.Combine(data, "benchmarks.json")))
        {
            BenchmarkJson.Write(report, json);
            json.WriteByte((byte)'\n');
        }
        using var csv = new StreamWriter(Path.Combine(data, "benchmarks.csv"), false, Utf8);
        BenchmarkCsv.Write(report, csv);
    }

    private static void Write(string output, string relative, string text)
    {
        var path = Path.Combine(output, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, Utf8);
    }

    private static void CopyFolder(string from, string to)
    {
        if (!Directory.Exists(from))
        {
            return;
        }
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
