using System.Text.RegularExpressions;
using RoiReport.Core.Benchmarks;
using RoiReport.Core.Diagnostics;
using RoiReport.Core.Sample;
using RoiReport.Site.Charts;
using RoiReport.Tests.Shared;

namespace RoiReport.Site.Tests.Build;

/// <summary>Whole builds of a small site into a temporary folder, with the repository's theme.</summary>
public sealed partial class SiteBuildTests : IDisposable
{
    private const string Hostile = "</script><img src=x onerror=alert(1)>";

    private readonly string _folder = Directory.CreateTempSubdirectory("roireport-site-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static BenchmarkReport Report(bool hostile = false)
    {
        var responses = SampleSurvey.Generate(1500, 2024, 1).Concat(SampleSurvey.Generate(1500, 2025, 2))
            // An industry the demonstration pages do not name in a shortcode.
            .Select(r => hostile && r.Industry == "Wholesale" ? r with { Industry = Hostile } : r)
            .ToList();
        return BenchmarkEngine.Compute(responses, BenchmarkSettings.Default);
    }

    private string Build(string name, BenchmarkReport report, SiteOptions? options = null, string? input = null)
    {
        var output = Directory.CreateDirectory(Path.Combine(_folder, name)).FullName;
        var problems = new DiagnosticBag();
        var summary = SiteBuilder.Build(
            new SiteSources(input ?? Path.Combine(Demo.Repository, "input"), Demo.Theme),
            report, options ?? SiteOptions.Default with { BaseUrl = "https://benchmark.test/sub/" }, output, problems, _ => { });
        Assert.True(summary is not null, string.Join("\n", problems.Listed));
        return output;
    }

    private static IEnumerable<string> Html(string site) => Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories);

    [Fact]
    public void Every_group_has_a_page_and_every_internal_link_resolves()
    {
        var report = Report();
        var site = Build("site", report);
        Assert.Equal(report.Groups.Count, Directory.EnumerateFiles(Path.Combine(site, "benchmarks"), "index.html", SearchOption.AllDirectories).Count() - 1 - report.Waves.Count);
        foreach (var name in new[] { "index.html", "404.html", "methodology/index.html", "posts/index.html", "sitemap.xml", "feed.xml", "robots.txt", "data/benchmarks.json", "data/benchmarks.csv", "assets/site.css" })
        {
            Assert.True(File.Exists(Path.Combine(site, name)), name);
        }
        var broken = new List<string>();
        foreach (var page in Html(site).Where(p => !p.EndsWith("404.html", StringComparison.Ordinal)))
        {
            foreach (Match link in Reference().Matches(File.ReadAllText(page)))
            {
                var target = link.Groups[2].Value;
                if (target.StartsWith("http", StringComparison.Ordinal) || target.StartsWith('#') || target.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    continue;
                }
                var path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, target.Split('#')[0]));
                if (!(File.Exists(path) || File.Exists(Path.Combine(path, "index.html"))))
                {
                    broken.Add($"{Path.GetRelativePath(site, page)} → {target}");
                }
            }
        }
        Assert.Empty(broken);
    }

    [Fact]
    public void Every_chart_has_an_embed_page_listed_in_the_embed_index()
    {
        var report = Report();
        var site = Build("site", report);
        var charts = Directory.EnumerateFiles(Path.Combine(site, "charts"), "*.png").Select(Path.GetFileNameWithoutExtension).ToList();
        var index = File.ReadAllText(Path.Combine(site, "embed", "index.html"));
        Assert.NotEmpty(charts);
        Assert.All(charts, id =>
        {
            Assert.True(File.Exists(Path.Combine(site, "embed", id!, "index.html")), id);
            Assert.Contains($"&lt;iframe src&#x3D;&quot;https://benchmark.test/sub/embed/{id}/&quot;", index, StringComparison.Ordinal);
        });
        Assert.DoesNotContain("<iframe", index, StringComparison.Ordinal);
        Assert.DoesNotMatch("embed/[a-z]", File.ReadAllText(Path.Combine(site, "sitemap.xml")));
    }

    [Fact]
    public void A_suppressed_group_says_so_and_shows_no_figure()
    {
        var report = Report();
        var site = Build("site", report);
        var suppressed = report.Groups.First(g => g.Suppressed);
        var address = new Site.Pages.GroupAddresses(report)[suppressed.Key];
        var html = File.ReadAllText(Path.Combine(site, address.Path, "index.html"));
        Assert.Contains("Too few firms to publish", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Median", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\$\d", html);
    }

    private static Dictionary<string, byte[]> Files(string site) =>
        Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(site, f), File.ReadAllBytes);

    /// <summary>
    /// Rebuilds with the chart cache and the output manifest after each kind of change, and checks
    /// that only what the change touched is rendered again and that the folder then holds exactly
    /// what a build from nothing makes.
    /// </summary>
    [Fact]
    public void A_rebuild_renders_only_what_changed_and_makes_exactly_what_a_build_from_nothing_makes()
    {
        var report = Report();
        var (input, theme) = (Path.Combine(_folder, "input"), Path.Combine(_folder, "theme"));
        Folders.Copy(Path.Combine(Demo.Repository, "input"), input);
        Folders.Copy(Demo.Theme, theme);
        var (output, cache) = (Path.Combine(_folder, "out"), Path.Combine(_folder, "cache"));
        var charts = new ChartCache(Path.Combine(cache, "charts"));
        List<string> Rebuild()
        {
            var messages = new List<string>();
            var problems = new DiagnosticBag();
            var summary = SiteBuilder.Build(new SiteSources(input, theme), report, SiteOptions.Default, output, problems, messages.Add, charts, Path.Combine(cache, "output.manifest"));
            Assert.True(summary is not null, string.Join("\n", problems.Listed));
            var fresh = Path.Combine(_folder, $"fresh-{Guid.NewGuid():N}");
            Assert.NotNull(SiteBuilder.Build(new SiteSources(input, theme), report, SiteOptions.Default, fresh, problems, _ => { }));
            var (incremental, whole) = (Files(output), Files(fresh));
            Assert.Equal(whole.Keys.Order(), incremental.Keys.Order());
            Assert.All(whole, file => Assert.True(file.Value.AsSpan().SequenceEqual(incremental[file.Key]), file.Key));
            return messages;
        }

        var first = Rebuild();
        Assert.Contains(first, m => m.StartsWith("rendered ", StringComparison.Ordinal) && !m.Contains("unchanged", StringComparison.Ordinal));
        Assert.Contains("rendered 0 pages, ", string.Join("\n", Rebuild()), StringComparison.Ordinal);

        File.AppendAllText(Path.Combine(input, "methodology.md"), "\nOne more paragraph.\n");
        Assert.Contains("rendered 1 page, ", string.Join("\n", Rebuild()), StringComparison.Ordinal);

        var post = Directory.GetFiles(Path.Combine(input, "posts"))[0];
        File.WriteAllText(post, File.ReadAllText(post).Replace("title: \"", "title: \"Renamed: ", StringComparison.Ordinal));
        Assert.Contains(Rebuild(), m => m.StartsWith("rendered ", StringComparison.Ordinal) && !m.Contains("unchanged", StringComparison.Ordinal));

        File.AppendAllText(Path.Combine(theme, "assets", "site.css"), "\n/* changed */\n");
        Assert.Contains(Rebuild(), m => m.StartsWith("rendered ", StringComparison.Ordinal) && !m.Contains("unchanged", StringComparison.Ordinal));

        File.Delete(Path.Combine(output, "methodology", "index.html"));
        Assert.Contains("rendered 1 page, ", string.Join("\n", Rebuild()), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        var report = Report();
        var (one, two) = (Build("one", report), Build("two", report));
        var files = Directory.EnumerateFiles(one, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(one, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.EnumerateFiles(two, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(two, f)).Order(StringComparer.Ordinal));
        Assert.All(files, f => Assert.True(File.ReadAllBytes(Path.Combine(one, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(two, f))), f));
    }

    [Fact]
    public void A_label_from_the_survey_is_shown_as_text_wherever_it_lands()
    {
        var site = Build("site", Report(hostile: true));
        var files = Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories).Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".svg", StringComparison.Ordinal) || f.EndsWith(".xml", StringComparison.Ordinal)).ToList();
        var shown = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("<img src=x", text, StringComparison.Ordinal);
            Assert.DoesNotContain("</script><img", text, StringComparison.Ordinal);
            shown += text.Contains("&lt;img src=x onerror=alert(1)&gt;", StringComparison.Ordinal) ? 1 : 0;
        }
        Assert.True(shown > 10, $"the label should appear escaped on many pages, found {shown}");
        Assert.Contains("\\u003C/script\\u003E", File.ReadAllText(Path.Combine(site, "data", "benchmarks.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_carry_canonical_and_social_card_tags_only_with_an_absolute_base_url()
    {
        var report = Report();
        var absolute = File.ReadAllText(Path.Combine(Build("absolute", report), "benchmarks", "2025", "b2b", "all", "all", "index.html"));
        Assert.Contains("<link rel=\"canonical\" href=\"https://benchmark.test/sub/benchmarks/2025/b2b/all/all/\">", absolute, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:image\" content=\"https://benchmark.test/sub/charts/distribution-2025-b2b-all-all.png\">", absolute, StringComparison.Ordinal);

        var relative = Build("relative", report, SiteOptions.Default);
        var html = File.ReadAllText(Path.Combine(relative, "benchmarks", "2025", "b2b", "all", "all", "index.html"));
        Assert.DoesNotContain("canonical", html, StringComparison.Ordinal);
        Assert.DoesNotContain("og:image", html, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(relative, "sitemap.xml")));
    }

    [Fact]
    public void A_mistake_in_the_input_stops_the_build_with_its_file_and_line()
    {
        var input = Directory.CreateDirectory(Path.Combine(_folder, "input")).FullName;
        File.WriteAllText(Path.Combine(input, "about.md"), "---\ntitle: About\nlayout: nope\n---\nText\n");
        var problems = new DiagnosticBag();
        var summary = SiteBuilder.Build(new SiteSources(input, Demo.Theme), Report(), SiteOptions.Default, Path.Combine(_folder, "out"), problems, _ => { });
        Assert.Null(summary);
        Assert.StartsWith($"{input}/about.md:3: layout: 'nope' is not a layout of the theme", problems.Listed[0].ToString(), StringComparison.Ordinal);
    }

    [GeneratedRegex("(href|src)=\"([^\"]+)\"")]
    private static partial Regex Reference();
}
