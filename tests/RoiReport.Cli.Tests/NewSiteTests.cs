using RoiReport.Ingest;
using RoiReport.Tests.Shared;

namespace RoiReport.Cli.Tests;

/// <summary>A site of one's own, made by <c>roireport new</c> and built with the built-in theme, as a publisher does outside this repository.</summary>
public sealed class NewSiteTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Site => _folder["site"];

    private void Run(string folder, params string[] args)
    {
        var (code, _, error) = RoireportProcess.Run(folder, args);
        Assert.True(code == 0, $"roireport {string.Join(' ', args)}: {error}");
    }

    private void NewSiteWithSample() => Run(_folder.Path, "new", "site", "--sample");

    [Fact]
    public void A_new_site_with_a_sample_builds_at_once_with_the_built_in_theme()
    {
        NewSiteWithSample();
        Assert.False(Directory.Exists(Path.Combine(Site, "theme")));
        foreach (var file in new[] { "roireport.yml", "input/index.md", "input/methodology.md", "data/README.md", ".gitignore", ".github/workflows/deploy.yml" })
        {
            Assert.True(File.Exists(Path.Combine(Site, file)), file);
        }
        Assert.Single(Directory.GetFiles(Path.Combine(Site, "input", "posts"), "*.md"));
        Run(Site, "build");
        var home = File.ReadAllText(Path.Combine(Site, "_site", "index.html"));
        Assert.DoesNotContain("{{<", home, StringComparison.Ordinal);
        Assert.Contains("<figure", home, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Site, "_site", "assets", "site.css")));
        Assert.True(File.Exists(Path.Combine(Site, "_site", "assets", "compare.js")));
        var workflow = File.ReadAllText(Path.Combine(Site, ".github", "workflows", "deploy.yml"));
        Assert.Contains($"--version {Commands.NewCommand.ToolVersion()}", workflow, StringComparison.Ordinal);
    }

    [Fact]
    public void New_refuses_a_folder_that_is_not_empty_and_writes_nothing()
    {
        _folder.Write("site/notes.txt", "mine");
        var (code, _, error) = RoireportProcess.Run(_folder.Path, "new", "site");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("site is not an empty folder", error, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(Site).Select(Path.GetFileName));
    }

    [Fact]
    public void One_overridden_partial_changes_the_pages_and_everything_else_comes_from_the_built_in_theme()
    {
        NewSiteWithSample();
        Run(Site, "build", "--output", "built-in");
        _folder.Write("site/theme/partials/footer.hbs", "<footer class=\"site-footer\"><p>Our own footer, {{site.publisher}}.</p></footer>\n");
        Run(Site, "build", "--output", "overridden");
        var builtIn = Tree(Path.Combine(Site, "built-in"));
        var overridden = Tree(Path.Combine(Site, "overridden"));
        Assert.Equal(builtIn.Keys, overridden.Keys);
        Assert.Contains("Our own footer, Your organisation.", File.ReadAllText(Path.Combine(Site, "overridden", "index.html")), StringComparison.Ordinal);
        var changed = builtIn.Keys.Where(k => !builtIn[k].SequenceEqual(overridden[k])).ToList();
        Assert.NotEmpty(changed);
        Assert.All(changed, path => Assert.EndsWith(".html", path, StringComparison.Ordinal));
    }

    [Fact]
    public void An_ejected_theme_builds_the_same_site_as_the_built_in_theme()
    {
        NewSiteWithSample();
        Run(Site, "build", "--output", "built-in");
        Run(Site, "theme", "eject");
        Assert.True(File.Exists(Path.Combine(Site, "theme", "layouts", "base.hbs")));
        Run(Site, "build", "--output", "ejected");
        var builtIn = Tree(Path.Combine(Site, "built-in"));
        var ejected = Tree(Path.Combine(Site, "ejected"));
        Assert.Equal(builtIn.Keys, ejected.Keys);
        Assert.All(builtIn, file => Assert.True(file.Value.SequenceEqual(ejected[file.Key]), file.Key));
    }

    [Fact]
    public void Eject_never_overwrites_a_file_of_the_site()
    {
        var mine = _folder.Write("theme/partials/footer.hbs", "<footer>mine</footer>");
        var (code, _, error) = RoireportProcess.Run(_folder.Path, "theme", "eject");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("theme/partials/footer.hbs", error, StringComparison.Ordinal);
        Assert.Equal("<footer>mine</footer>", File.ReadAllText(mine));
        Assert.Equal([mine], Directory.GetFiles(_folder["theme"], "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Base_url_on_the_command_line_replaces_the_configured_one()
    {
        NewSiteWithSample();
        Run(Site, "build", "--base-url", "https://preview.example/pr-7");
        var home = File.ReadAllText(Path.Combine(Site, "_site", "index.html"));
        Assert.Contains("<link rel=\"canonical\" href=\"https://preview.example/pr-7/\"", home, StringComparison.Ordinal);
        Assert.Contains("https://preview.example/pr-7/methodology/", File.ReadAllText(Path.Combine(Site, "_site", "sitemap.xml")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_new_sites_data_readme_names_every_column_of_the_schema()
    {
        Run(_folder.Path, "new", "site");
        var readme = File.ReadAllText(Path.Combine(Site, "data", "README.md"));
        Assert.All(SurveyColumns.All, column => Assert.Contains($"`{column}`", readme, StringComparison.Ordinal));
        Assert.False(Directory.EnumerateFiles(Path.Combine(Site, "data"), "*.csv").Any());
    }

    private static SortedDictionary<string, byte[]> Tree(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes), StringComparer.Ordinal);
}
