using RoiReport.Core.Benchmarks;
using RoiReport.Core.Diagnostics;
using RoiReport.Site.Charts;
using RoiReport.Site.Content;

namespace RoiReport.Site.Pages;

/// <summary>Decides every page of the site: the author's Markdown pages and the pages generated from the figures.</summary>
public static class SitePlanner
{
    private const string Home = "";
    private const string MethodologyPath = "methodology/";
    private const string PostsPath = "posts/";
    private const string BenchmarksPath = "benchmarks/";
    private const string ComparePath = "compare/";
    private const string EmbedPath = "embed/";

    public static IReadOnlyList<PlannedPage> Plan(
        IReadOnlyList<SourceDocument> documents, BenchmarkReport report, GroupAddresses addresses, PageModels models, Shortcodes.ShortcodeRenderer shortcodes, SiteOptions options, DiagnosticBag problems)
    {
        var latestYear = report.Waves.Count == 0 ? (int?)null : report.Waves.Max(w => w.Year);
        var featured = latestYear is { } year && models.HasChart($"{ChartKinds.Name(ChartKind.HourlyReturnBySegment)}-{year}")
            ? $"{ChartKinds.Name(ChartKind.HourlyReturnBySegment)}-{year}"
            : null;
        var postList = PostList(documents);
        // A site without survey data has its pages alone: no figures, so no pages about them.
        var figures = report.Waves.Count > 0;
        var generated = Generated(report, models, options, featured, figures);
        var groupPages = report.Groups.ToDictionary(g => addresses[g.Key].Path, g => GroupPage(g, addresses, models), StringComparer.Ordinal);
        var planned = Claimed(documents, generated.Select(p => p.Path).ToHashSet(StringComparer.Ordinal), report, addresses, models, shortcodes, featured, postList, options, problems);

        // An authored page at a group's address takes the place of the generated one.
        var pages = new List<PlannedPage>();
        foreach (var page in planned)
        {
            if (groupPages.ContainsKey(page.Path))
            {
                groupPages[page.Path] = page;
            }
            else
            {
                pages.Add(page);
            }
        }
        // After the wave pages, where readers of the sitemap expect them.
        generated.InsertRange(figures ? 2 + report.Waves.Count : generated.Count, groupPages.Values);
        AddDefaults(pages, figures, models, featured, postList, options);
        return [.. pages, .. generated];
    }

    /// <summary>The posts, newest first, as lists show them.</summary>
    private static List<PostLink> PostList(IReadOnlyList<SourceDocument> documents) =>
    [
        .. documents.Where(d => d.IsPost).OrderByDescending(d => d.FrontMatter.Date).ThenBy(d => d.RelativePath, StringComparer.Ordinal).Select(p => new PostLink(
            p.FrontMatter.Title, p.SitePath, p.FrontMatter.Date!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Formats.Date(p.FrontMatter.Date!.Value), p.FrontMatter.Description)),
    ];

    /// <summary>The pages made from the figures alone, but the groups': the 404 page, the benchmarks and wave pages, the embeds and the calculator.</summary>
    private static List<PlannedPage> Generated(BenchmarkReport report, PageModels models, SiteOptions options, string? featured, bool figures)
    {
        var generated = new List<PlannedPage>
        {
            new("404.html", "404", "Page not found", options.Description, common => common),
        };
        if (!figures)
        {
            return generated;
        }
        generated.Add(new PlannedPage(BenchmarksPath, "groups", "Benchmarks by survey wave", options.Description, models.Waves, featured, Nav: "benchmarks"));
        foreach (var wave in report.Waves)
        {
            var path = PageModels.YearPath(wave.Year);
            generated.Add(new PlannedPage(path, "year", $"Peer benchmarks, {wave.Year}",
                $"The social-media hourly return of every published peer group in the {wave.Year} survey wave.",
                common => models.Year(wave.Year, common), featured is null ? null : $"{ChartKinds.Name(ChartKind.HourlyReturnBySegment)}-{wave.Year}", Nav: "benchmarks"));
        }
        generated.AddRange(Embeds(models, options));
        var money = new Money(options.Currency);
        generated.Add(new PlannedPage(ComparePath, "compare", "Compare your firm with its peers",
            "Type your firm's social-media figures and see where its hourly return stands among its peers. Nothing you type leaves your browser.",
            common => new ComparePage(common) { Currency = money.Currency, CurrencySymbol = money.Symbol }, featured, Nav: "compare"));
        return generated;
    }

    /// <summary>
    /// Every authored page, and every group's page of every template, in order, each at an address
    /// no generated page and no other authored page has; a clash is a problem of the page's file.
    /// </summary>
    private static List<PlannedPage> Claimed(IReadOnlyList<SourceDocument> documents, HashSet<string> reserved, BenchmarkReport report, GroupAddresses addresses,
        PageModels models, Shortcodes.ShortcodeRenderer shortcodes, string? featured, List<PostLink> postList, SiteOptions options, DiagnosticBag problems)
    {
        var authored = new Dictionary<string, string>(StringComparer.Ordinal);
        bool Claim(string path, SourceDocument document, string? group)
        {
            var subject = group is null ? $"its address /{path}" : $"rendered for {group}, its address /{path}";
            if (reserved.Contains(path) || (group is null && path.StartsWith(BenchmarksPath, StringComparison.Ordinal)))
            {
                problems.Add(new Diagnostic(document.SourcePath, 1, "page", $"{subject} is one the site generates, expected another file name"));
                return false;
            }
            if (!authored.TryAdd(path, document.SourcePath))
            {
                problems.Add(new Diagnostic(document.SourcePath, 1, "page", $"{subject} is also that of {authored[path]}, expected each page at its own address"));
                return false;
            }
            return true;
        }

        var planned = new List<PlannedPage>();
        foreach (var document in documents.Where(d => !d.IsTemplate))
        {
            if (Claim(document.SitePath, document, null))
            {
                planned.Add(Authored(document, models, shortcodes, featured, postList, options));
            }
        }
        foreach (var document in documents.Where(d => d.IsTemplate))
        {
            if (PageTemplate.Read(document, addresses.Dimensions, problems) is not { } template)
            {
                continue;
            }
            foreach (var (group, path) in template.Expand(report, addresses))
            {
                if (Claim(path, document, addresses[group.Key].NameWithYear))
                {
                    planned.Add(Templated(template, group, path, addresses, models, shortcodes));
                }
            }
        }
        return planned;
    }

    /// <summary>The pages every site has (home, methodology where there are figures, posts), unless the author wrote them.</summary>
    private static void AddDefaults(List<PlannedPage> pages, bool figures, PageModels models, string? featured, List<PostLink> postList, SiteOptions options)
    {
        var written = pages.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        void Default(string path, string layout, string title, string? nav)
        {
            if (!written.Contains(path))
            {
                pages.Add(new PlannedPage(path, layout, title, options.Description, common => ForLayout(layout, common, models, featured, postList), featured, Nav: nav));
            }
        }
        // Without input/index.md the home page shows the site's description (layouts/home.hbs).
        Default(Home, "home", options.Title, null);
        if (figures)
        {
            Default(MethodologyPath, "methodology", "Methodology", "methodology");
        }
        Default(PostsPath, "posts", "Posts", "posts");
    }

    /// <summary>A Markdown page of the input; its shortcodes are rendered with it.</summary>
    private static PlannedPage Authored(SourceDocument document, PageModels models, Shortcodes.ShortcodeRenderer shortcodes, string? featured,
        List<PostLink> posts, SiteOptions options)
    {
        var root = PlannedPage.RootOf(document.SitePath);
        var frontMatter = document.FrontMatter;
        return new PlannedPage(document.SitePath, frontMatter.Layout, frontMatter.Title, frontMatter.Description ?? options.Description,
            common => ForLayout(frontMatter.Layout, common, models, featured, posts), featured, frontMatter.Date, frontMatter.Tags, document.IsPost ? "posts" : document.SitePath == MethodologyPath ? "methodology" : null,
            document, problems => shortcodes.Render(document, root, problems));
    }

    /// <summary>The page of a group no template renders: its figures and charts, or why it has none.</summary>
    private static PlannedPage GroupPage(GroupBenchmark group, GroupAddresses addresses, PageModels models)
    {
        var address = addresses[group.Key];
        return new PlannedPage(address.Path, "group", address.NameWithYear,
            group.Suppressed
                ? $"Too few firms to publish figures for {address.NameWithYear}."
                : GroupDescription(address),
            common => models.Group(group, common), group.Suppressed ? null : ChartBuilder.Id(ChartKind.Distribution, address), Nav: "benchmarks");
    }

    private static string GroupDescription(GroupAddress address) =>
        $"What {address.NameWithYear} earn per hour of social media: median, quartiles and spread, beside their other marketing.";

    /// <summary>A templated page for one group: the group's figures, and the template's Markdown with its shortcodes defaulting to the group.</summary>
    private static PlannedPage Templated(PageTemplate template, GroupBenchmark group, string path, GroupAddresses addresses, PageModels models,
        Shortcodes.ShortcodeRenderer shortcodes)
    {
        var root = PlannedPage.RootOf(path);
        var frontMatter = template.Document.FrontMatter;
        var address = addresses[group.Key];
        return new PlannedPage(path, frontMatter.Layout,
            PageTemplate.Fill(frontMatter.Title, group.Key, addresses),
            frontMatter.Description is { } description ? PageTemplate.Fill(description, group.Key, addresses) : GroupDescription(address),
            common => models.Group(group, common), ChartBuilder.Id(ChartKind.Distribution, address), frontMatter.Date, frontMatter.Tags, "benchmarks",
            template.Document, problems => shortcodes.Render(template.Document, root, problems, group.Key));
    }

    /// <summary>A bare page per chart for other sites to frame, and the index of their snippets.</summary>
    private static IEnumerable<PlannedPage> Embeds(PageModels models, SiteOptions options)
    {
        var ids = models.ChartIds.ToList();
        foreach (var id in ids)
        {
            var path = $"{EmbedPath}{id}/";
            var chart = models.Rendered(id).Chart;
            yield return new PlannedPage(path, "embed", chart.Title, chart.Title, common => new EmbedPage(common)
            {
                Chart = models.Chart(id, common.Root, compact: true),
                Back = models.Link(""),
                SourceNote = "peer benchmarks of anonymized survey answers.",
            }, id);
        }
        yield return new PlannedPage(EmbedPath, "embeds", "Charts to embed", "Every chart of the site, with a snippet to put it into another site.",
            common => new EmbedsPage(common)
            {
                Charts = [.. ids.Select(id => new EmbedLink(id, models.Rendered(id).Chart.Title, models.EmbedFrame(models.Rendered(id)), models.EmbedImage(models.Rendered(id))))],
            });
    }

    /// <summary>An authored or default page's model: what its layout shows besides its own Markdown.</summary>
    private static LayoutModel ForLayout(string layout, LayoutModel common, PageModels models, string? featured, List<PostLink> posts) => layout switch
    {
        "home" => new HomePage(common)
        {
            Featured = featured is null ? null : models.Chart(featured, common.Root),
            Answers = models.Latest() is { } latest ? models.Answers(latest, common.Root) : [],
            Waves = models.WaveLinks(),
            Posts = [.. posts.Take(5)],
        },
        "methodology" => models.Methodology(common),
        "posts" => new PostsPage(common) { Posts = posts },
        _ => common,
    };
}
