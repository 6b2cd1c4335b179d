using System.Security.Cryptography;
using RoiReport.Core.Benchmarks;
using RoiReport.Core.Contract;
using RoiReport.Core.Diagnostics;
using RoiReport.Site.Charts;
using RoiReport.Site.Content;
using RoiReport.Site.Output;
using RoiReport.Site.Pages;

namespace RoiReport.Site;

/// <summary>
/// Builds the site in plain stages: read the theme and the Markdown, plan the pages, draw the
/// charts, render the pages, collect every file. Charts and pages are rendered in parallel. Each
/// chart file and page carries a key, a hash of everything it is made from; one whose key an
/// earlier build made it under is taken over from that build rather than made again.
/// </summary>
public static class SiteBuilder
{
    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Builds the site and brings a folder up to date with it (see <see cref="SiteFiles.Update"/>),
    /// or returns null after reporting why it cannot be built, leaving the folder as it was.
    /// </summary>
    /// <param name="manifest">Where the keys of the folder's files are kept between builds; none, and every file is made.</param>
    public static SiteBuildSummary? Build(SiteSources sources, BenchmarkReport report, SiteOptions options, string output, DiagnosticBag problems, Action<string> progress,
        ChartCache? cache = null, string? manifest = null)
    {
        var files = new SiteFiles();
        var earlier = manifest is null ? (IEarlierBuild)NoEarlierBuild.Instance : OutputManifest.Load(manifest, output);
        if (Build(sources, report, options, files, problems, progress, cache, earlier) is not { } summary)
        {
            return null;
        }
        var changes = files.Update(output);
        if (manifest is not null)
        {
            changes.Manifest.Save(manifest);
        }
        progress($"wrote {changes.Written:N0} files, {changes.Unchanged:N0} unchanged, {changes.Removed:N0} removed");
        return summary;
    }

    /// <summary>Builds the site into <paramref name="output"/>, or returns null after reporting why it cannot be built.</summary>
    /// <param name="cache">Charts drawn by earlier builds; those whose figures did not change are not drawn again.</param>
    /// <param name="earlier">The files of an earlier build, taken over where their key is unchanged.</param>
    /// <param name="earlierTheme">The theme of an earlier build, used again if none of its files changed.</param>
    public static SiteBuildSummary? Build(SiteSources sources, BenchmarkReport report, SiteOptions options, SiteFiles output, DiagnosticBag problems, Action<string> progress,
        ChartCache? cache = null, IEarlierBuild? earlier = null, Theme.Theme? earlierTheme = null)
    {
        cache ??= new ChartCache();
        earlier ??= NoEarlierBuild.Instance;
        if (Theme.Theme.Load(sources.ThemeFolder, problems, earlierTheme) is not { } theme)
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
        try
        {
            var money = new Money(options.Currency);
            var addresses = new GroupAddresses(report);
            var (charts, renderer) = DrawCharts(report, addresses, money, theme, cache, earlier, output, progress);
            var reportJson = report.Waves.Count > 0 ? Json(report) : [];
            var formats = new Formats(money);
            var models = new PageModels(report, addresses, charts, formats, options, theme);
            var shortcodes = new Shortcodes.ShortcodeRenderer(report, addresses, models, formats, theme);
            var pages = SitePlanner.Plan(documents, report, addresses, models, shortcodes, options, problems);
            if (!problems.IsEmpty)
            {
                return null;
            }
            var site = SiteKey(theme, options, reportJson, documents, renderer.Fingerprint);
            if (!RenderPages(pages, site, theme, report, options, charts, earlier, output, problems, progress))
            {
                return null;
            }
            AddSiteFiles(output, theme, report, reportJson, pages, options);
            return new SiteBuildSummary(pages.Count, charts.Count, cache.Drawn, theme);
        }
        finally
        {
            // Every chart of this build was asked for above, so the cache keeps each, drawn or not.
            cache.Sweep();
        }
    }

    /// <summary>Every chart of the site, from the cache where its figures did not change, each file taken over from the earlier build where it can be.</summary>
    private static (Dictionary<string, RenderedChart> Charts, ChartRenderer Renderer) DrawCharts(BenchmarkReport report, GroupAddresses addresses, Money money,
        Theme.Theme theme, ChartCache cache, IEarlierBuild earlier, SiteFiles output, Action<string> progress)
    {
        var specs = ChartBuilder.All(report, addresses);
        var renderer = new ChartRenderer(money, theme.ChartFont, specs);
        var charts = specs.ToDictionary(spec => spec.Id, spec => cache.Get(spec, renderer), StringComparer.Ordinal);
        var made = 0;
        Parallel.ForEach(charts.Values, chart =>
        {
            var (svg, png, csv) = ($"charts/{chart.Chart.Id}.svg", $"charts/{chart.Chart.Id}.png", $"charts/{chart.Chart.Id}.csv");
            if (!earlier.TryReuse(svg, chart.Key, output) || !earlier.TryReuse(png, chart.Key, output) || !earlier.TryReuse(csv, chart.Key, output))
            {
                output.Add(svg, SvgFile(chart.Svg), chart.Key);
                output.Add(png, chart.Png, chart.Key);
                output.Add(csv, ChartCsv.Write(chart.Chart, money.Currency), chart.Key);
                Interlocked.Increment(ref made);
            }
        });
        var drawn = cache.Drawn;
        progress(drawn == charts.Count ? $"drew {charts.Count} charts" : $"drew {drawn} charts, read {made - drawn} from the cache, {charts.Count - made} unchanged");
        return (charts, renderer);
    }

    /// <summary>Renders every page whose key changed, in parallel; false after reporting the pages' problems, if any.</summary>
    private static bool RenderPages(IReadOnlyList<PlannedPage> pages, string site, Theme.Theme theme, BenchmarkReport report, SiteOptions options,
        Dictionary<string, RenderedChart> charts, IEarlierBuild earlier, SiteFiles output, DiagnosticBag problems, Action<string> progress)
    {
        var pageProblems = new DiagnosticBag?[pages.Count];
        var rendered = 0;
        Parallel.For(0, pages.Count, i =>
        {
            var page = pages[i];
            var key = PageKey(site, page);
            if (earlier.TryReuse(page.OutputFile, key, output))
            {
                return;
            }
            var own = pageProblems[i] = new DiagnosticBag(int.MaxValue);
            var html = theme.Render(page.Layout, PageModel(page, report, options, charts, own));
            output.Add(page.OutputFile, ChartSplice.Fill(html, charts), key);
            Interlocked.Increment(ref rendered);
        });
        foreach (var own in pageProblems.OfType<DiagnosticBag>())
        {
            problems.AddRange(own);
        }
        if (!problems.IsEmpty)
        {
            return false;
        }
        progress(rendered == pages.Count ? $"rendered {pages.Count} pages" : $"rendered {rendered} {(rendered == 1 ? "page" : "pages")}, {pages.Count - rendered} unchanged");
        return true;
    }

    /// <summary>The files beside the pages and charts: the theme's assets, the figures as data, robots.txt, the feed and the sitemap.</summary>
    private static void AddSiteFiles(SiteFiles output, Theme.Theme theme, BenchmarkReport report, byte[] reportJson, IReadOnlyList<PlannedPage> pages, SiteOptions options)
    {
        foreach (var asset in theme.Files.Under("assets"))
        {
            output.Add(asset.Path, asset.Bytes);
        }
        if (report.Waves.Count > 0)
        {
            AddData(output, report, reportJson);
        }
        output.Add(SearchIndex.FileName, SearchIndex.Write(pages));
        output.Add("robots.txt", CrawlerFiles.RobotsTxt(options));
        output.Add("feed.xml", CrawlerFiles.FeedXml([.. pages.Where(p => p.Layout == "post")], options));
        if (CrawlerFiles.SitemapXml(pages, options) is { } sitemap)
        {
            output.Add("sitemap.xml", sitemap);
        }
    }

    /// <summary>
    /// A hash of everything any page may show besides its own Markdown: the code, every file of the
    /// theme, the site's settings, the figures and their charts, and every page's front matter
    /// (titles, dates and descriptions appear in lists and navigation).
    /// </summary>
    private static string SiteKey(Theme.Theme theme, SiteOptions options, byte[] reportJson, IReadOnlyList<SourceDocument> documents, string chartFingerprint)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Utf8.GetBytes(text + "\n"));
        foreach (var type in new[] { typeof(SiteBuilder), typeof(BenchmarkReport), typeof(Markdig.Markdown), typeof(HandlebarsDotNet.Handlebars) })
        {
            Add(type.Assembly.ManifestModule.ModuleVersionId.ToString());
        }
        Add(theme.Fingerprint);
        Add(options.ToString());
        Add(chartFingerprint);
        Add($"figures {reportJson.Length}");
        hash.AppendData(reportJson);
        foreach (var document in documents)
        {
            Add($"{document.RelativePath}\t{document.FrontMatter with { Tags = [] }}\t{string.Join('\t', document.FrontMatter.Tags)}");
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The key of a page: the site's, its address, and the Markdown it is rendered from.</summary>
    private static string PageKey(string site, PlannedPage page)
    {
        var text = page.Source is { } source ? $"{site}\n{page.Path}\n{source.SourcePath}\n{source.BodyLine}\n{source.Markdown}" : $"{site}\n{page.Path}";
        return Convert.ToHexStringLower(SHA256.HashData(Utf8.GetBytes(text)));
    }

    /// <summary>The fields every layout can use, and the page's own.</summary>
    private static LayoutModel PageModel(PlannedPage page, BenchmarkReport report, SiteOptions options, IReadOnlyDictionary<string, RenderedChart> charts, DiagnosticBag problems)
    {
        var root = page.Path == "404.html" ? options.BasePath : page.Root;
        var image = page.ImageChartId is { } id && options.HasAbsoluteBaseUrl ? options.AbsoluteUrl($"charts/{id}.png") : null;
        var info = new PageInfo(
            page.Title,
            page.Path.Length == 0 ? page.Title : $"{page.Title} · {options.Title}",
            page.Description,
            page.Path == "404.html" ? null : options.AbsoluteUrl(page.Path),
            page.Layout == "post" ? "article" : "website",
            image,
            ChartStyle.PngWidth,
            ChartStyle.PngHeight,
            page.ImageChartId is { } chartId && charts.TryGetValue(chartId, out var chart) ? chart.AltText : null,
            page.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            page.Date is { } date ? Formats.Date(date) : null,
            page.Tags ?? []);
        var common = new LayoutModel(
            root,
            page.Layout == "embed",
            new SiteModel(options.Title, options.Language, options.Publisher, report.Settings.MinN, report.Waves.Count > 0),
            info,
            new NavModel(page.Nav == "benchmarks", page.Nav == "posts", page.Nav == "methodology", page.Nav == "compare"));
        var model = page.Model(common);
        return page.Content is { } content ? model with { Content = content(problems) } : model;
    }

    /// <summary>A chart's SVG as a file of its own: UTF-8 ending in a line break, encoded without copying the text first.</summary>
    private static byte[] SvgFile(string svg)
    {
        var file = new byte[Utf8.GetByteCount(svg) + 1];
        file[Utf8.GetBytes(svg, file)] = (byte)'\n';
        return file;
    }

    private static byte[] Json(BenchmarkReport report)
    {
        using var json = new MemoryStream();
        BenchmarkJson.Write(report, json);
        json.WriteByte((byte)'\n');
        return json.ToArray();
    }

    private static void AddData(SiteFiles output, BenchmarkReport report, byte[] json)
    {
        output.Add("data/benchmarks.json", json);
        using var csv = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        BenchmarkCsv.Write(report, csv);
        output.Add("data/benchmarks.csv", csv.ToString());
    }
}
