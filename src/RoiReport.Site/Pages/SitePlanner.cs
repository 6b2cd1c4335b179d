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
    private static List<Dictionary<string, object?>> PostList(IReadOnlyList<SourceDocument> documents) =>
    [
        .. documents.Where(d => d.IsPost).OrderByDescending(d => d.FrontMatter.Date).ThenBy(d => d.RelativePath, StringComparer.Ordinal).Select(p => new Dictionary<string, object?>
        {
            ["title"] = p.FrontMatter.Title,
            ["path"] = p.SitePath,
            ["date"] = p.FrontMatter.Date!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["dateText"] = Formats.Date(p.FrontMatter.Date!.Value),
            ["description"] = p.FrontMatter.Description,
        }),
    ];

    /// <summary>The pages made from the figures alone, but the groups': the 404 page, the benchmarks and wave pages, the embeds and the calculator.</summary>
    private static List<PlannedPage> Generated(BenchmarkReport report, PageModels models, SiteOptions options, string? featured, bool figures)
    {
        var generated = new List<PlannedPage>
        {
            new("404.html", "404", "Page not found", options.Description, () => new Dictionary<string, object?>()),
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
                () => models.Year(wave.Year, PlannedPage.RootOf(path)), featured is null ? null : $"{ChartKinds.Name(ChartKind.HourlyReturnBySegment)}-{wave.Year}", Nav: "benchmarks"));
        }
        generated.AddRange(Embeds(models, options));
        var money = new Money(options.Currency);
        generated.Add(new PlannedPage(ComparePath, "compare", "Compare your firm with its peers",
            "Type your firm's social-media figures and see where its hourly return stands among its peers. Nothing you type leaves your browser.",
            () => new Dictionary<string, object?> { ["content"] = "", ["currency"] = money.Currency, ["currencySymbol"] = money.Symbol }, featured, Nav: "compare"));
        return generated;
    }

    /// <summary>
    /// Every authored page, and every group's page of every template, in order, each at an address
    /// no generated page and no other authored page has; a clash is a problem of the page's file.
    /// </summary>
    private static List<PlannedPage> Claimed(IReadOnlyList<SourceDocument> documents, HashSet<string> reserved, BenchmarkReport report, GroupAddresses addresses,
        PageModels models, Shortcodes.ShortcodeRenderer shortcodes, string? featured, List<Dictionary<string, object?>> postList, SiteOptions options, DiagnosticBag problems)
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
                    planned.Add(Templated(template, group, path, addresses, models, shortcodes, featured, postList));
                }
            }
        }
        return planned;
    }

    /// <summary>The pages every site has (home, methodology where there are figures, posts), unless the author wrote them.</summary>
    private static void AddDefaults(List<PlannedPage> pages, bool figures, PageModels models, string? featured, List<Dictionary<string, object?>> postList, SiteOptions options)
    {
        var written = pages.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        void Default(string path, string layout, string title, string content, string? nav)
        {
            if (!written.Contains(path))
            {
                pages.Add(new PlannedPage(path, layout, title, options.Description, () =>
                {
                    var model = new Dictionary<string, object?> { ["content"] = content };
                    Enrich(model, layout, models, featured, postList, PlannedPage.RootOf(path));
                    return model;
                }, featured, Nav: nav));
            }
        }
        Default(Home, "home", options.Title, $"<p>{Html.Encode(options.Description)}</p>", null);
        if (figures)
        {
            Default(MethodologyPath, "methodology", "Methodology", "", "methodology");
        }
        Default(PostsPath, "posts", "Posts", "", "posts");
    }

    /// <summary>A Markdown page of the input; its shortcodes are rendered with it.</summary>
    private static PlannedPage Authored(SourceDocument document, PageModels models, Shortcodes.ShortcodeRenderer shortcodes, string? featured,
        List<Dictionary<string, object?>> posts, SiteOptions options)
    {
        var root = PlannedPage.RootOf(document.SitePath);
        var frontMatter = document.FrontMatter;
        return new PlannedPage(document.SitePath, frontMatter.Layout, frontMatter.Title, frontMatter.Description ?? options.Description,
            () =>
            {
                var model = new Dictionary<string, object?>();
                Enrich(model, frontMatter.Layout, models, featured, posts, root);
                return model;
            }, featured, frontMatter.Date, frontMatter.Tags, document.IsPost ? "posts" : document.SitePath == MethodologyPath ? "methodology" : null,
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
            () => models.Group(group, PlannedPage.RootOf(address.Path)), group.Suppressed ? null : ChartBuilder.Id(ChartKind.Distribution, address), Nav: "benchmarks");
    }

    private static string GroupDescription(GroupAddress address) =>
        $"What {address.NameWithYear} earn per hour of social media: median, quartiles and spread, beside their other marketing.";

    /// <summary>A templated page for one group: the group's figures, and the template's Markdown with its shortcodes defaulting to the group.</summary>
    private static PlannedPage Templated(PageTemplate template, GroupBenchmark group, string path, GroupAddresses addresses, PageModels models,
        Shortcodes.ShortcodeRenderer shortcodes, string? featured, List<Dictionary<string, object?>> posts)
    {
        var root = PlannedPage.RootOf(path);
        var frontMatter = template.Document.FrontMatter;
        var address = addresses[group.Key];
        return new PlannedPage(path, frontMatter.Layout,
            PageTemplate.Fill(frontMatter.Title, group.Key, addresses),
            frontMatter.Description is { } description ? PageTemplate.Fill(description, group.Key, addresses) : GroupDescription(address),
            () =>
            {
                var model = models.Group(group, root);
                Enrich(model, frontMatter.Layout, models, featured, posts, root);
                return model;
            }, ChartBuilder.Id(ChartKind.Distribution, address), frontMatter.Date, frontMatter.Tags, "benchmarks",
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
            yield return new PlannedPage(path, "embed", chart.Title, chart.Title, () => new Dictionary<string, object?>
            {
                ["chart"] = models.Chart(id, PlannedPage.RootOf(path), compact: true),
                ["back"] = models.Link(""),
                ["sourceNote"] = "peer benchmarks of anonymized survey answers.",
            }, id);
        }
        yield return new PlannedPage(EmbedPath, "embeds", "Charts to embed", "Every chart of the site, with a snippet to put it into another site.",
            () => new Dictionary<string, object?>
            {
                ["charts"] = ids.Select(id => new Dictionary<string, object?>
                {
                    ["id"] = id,
                    ["title"] = models.Rendered(id).Chart.Title,
                    ["embedFrame"] = models.EmbedFrame(models.Rendered(id)),
                    ["embedImage"] = models.EmbedImage(models.Rendered(id)),
                }).ToList(),
            });
    }

    private static void Enrich(Dictionary<string, object?> model, string layout, PageModels models, string? featured, List<Dictionary<string, object?>> posts, string root)
    {
        switch (layout)
        {
            case "home":
                model["featured"] = featured is null ? null : models.Chart(featured, root);
                model["answers"] = models.Latest() is { } latest ? models.Answers(latest, root) : [];
                model["waves"] = models.Waves()["waves"];
                model["posts"] = posts.Take(5).ToList();
                break;
            case "methodology":
                foreach (var (key, value) in models.Methodology())
                {
                    model[key] = value;
                }
                break;
            case "posts":
                model["posts"] = posts;
                break;
        }
    }

}
