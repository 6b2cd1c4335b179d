using HandlebarsDotNet;
using RoiReport.Core.Diagnostics;
using RoiReport.Site.Theme;

namespace RoiReport.Site.Tests.Themes;

public sealed class ThemeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("roireport-theme-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Handlebars_Net_leaves_an_indented_standalone_partial_unescaped()
    {
        // The library's behaviour that the theme loader guards against; if a new version fixes it,
        // this test fails and the guard in Theme.Compile can go.
        var handlebars = Handlebars.Create();
        handlebars.RegisterTemplate("p", "<pre>{{v}}</pre>");
        var model = new Dictionary<string, object?> { ["items"] = new[] { new Dictionary<string, object?> { ["v"] = "<script>" } } };
        Assert.Contains("&lt;script&gt;", handlebars.Compile("{{#each items}}\n{{> p}}\n{{/each}}")(model), StringComparison.Ordinal);
        Assert.Contains("<pre><script></pre>", handlebars.Compile("{{#each items}}\n  <li>\n    {{> p}}\n  </li>\n{{/each}}")(model), StringComparison.Ordinal);
    }

    [Fact]
    public void A_theme_with_an_indented_standalone_partial_is_refused_with_its_line()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "layouts"));
        Directory.CreateDirectory(Path.Combine(_folder, "partials"));
        File.WriteAllText(Path.Combine(_folder, "partials", "p.hbs"), "{{v}}");
        File.WriteAllText(Path.Combine(_folder, "layouts", "base.hbs"), "{{{body}}}");
        File.WriteAllText(Path.Combine(_folder, "layouts", "page.hbs"), "<ul>\n  <li>{{> p}}</li>\n  {{#each x}}\n    {{> p}}\n  {{/each}}\n</ul>\n");
        var problems = new DiagnosticBag();
        Assert.Null(RoiReport.Site.Theme.Theme.Load(_folder, problems));
        Assert.StartsWith($"{Path.Combine(_folder, "layouts", "page.hbs")}:4: template: a partial alone on an indented line", Assert.Single(problems.Listed).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_repositorys_theme_loads()
    {
        var problems = new DiagnosticBag();
        Assert.NotNull(RoiReport.Site.Theme.Theme.Load(Demo.Theme, problems));
        Assert.True(problems.IsEmpty, string.Join("\n", problems.Listed));
    }

    [Fact]
    public void The_built_in_theme_is_the_repositorys_theme_folder()
    {
        var builtIn = ThemeFiles.BuiltIn.ToDictionary(f => f.Path, f => f.Bytes);
        var folder = Directory.EnumerateFiles(Demo.Theme, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Demo.Theme, f).Replace('\\', '/'), File.ReadAllBytes);
        Assert.Equal(folder.Keys.Order(StringComparer.Ordinal), builtIn.Keys.Order(StringComparer.Ordinal));
        Assert.All(folder, f => Assert.Equal(f.Value, builtIn[f.Key]));
    }

    [Fact]
    public void A_site_file_replaces_the_built_in_file_of_the_same_path_and_no_other()
    {
        File.WriteAllText(Write("partials/footer.hbs"), "<footer>Ours</footer>");
        File.WriteAllText(Write("assets/extra.css"), "p { color: red }");
        var files = ThemeFiles.Load(_folder);
        var builtIn = ThemeFiles.Load(null);
        Assert.Equal(Path.Combine(_folder, "partials", "footer.hbs"), files["partials/footer.hbs"]!.Source);
        Assert.Equal("<footer>Ours</footer>"u8.ToArray(), files["partials/footer.hbs"]!.Bytes);
        Assert.Equal($"{ThemeFiles.BuiltInSource}/layouts/base.hbs", files["layouts/base.hbs"]!.Source);
        Assert.Equal(builtIn.All.Select(f => f.Path).Append("assets/extra.css").Order(StringComparer.Ordinal), files.All.Select(f => f.Path));
        Assert.All(files.All.Where(f => f.Path is not "partials/footer.hbs" and not "assets/extra.css"), f => Assert.Same(builtIn[f.Path]!.Bytes, f.Bytes));
        Assert.NotEqual(builtIn.Fingerprint, files.Fingerprint);

        var theme = RoiReport.Site.Theme.Theme.Load(_folder, new DiagnosticBag())!;
        var model = new RoiReport.Site.Pages.LayoutModel("", false, new RoiReport.Site.Pages.SiteModel("Site", "en", "Us", 10, false),
            new RoiReport.Site.Pages.PageInfo("Page", "Page · Site", "A page.", null, "website", null, 1200, 660, null, null, null, []),
            new RoiReport.Site.Pages.NavModel(false, false, false, false));
        var page = theme.Render("page", model);
        Assert.Contains("<footer>Ours</footer>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_partial_the_theme_lacks_is_named_with_the_file_and_line_that_asks_for_it()
    {
        File.WriteAllText(Write("layouts/page.hbs"), "<main>\n{{> sidebar}}{{{body}}}</main>\n");
        var problems = new DiagnosticBag();
        Assert.Null(RoiReport.Site.Theme.Theme.Load(_folder, problems));
        Assert.StartsWith($"{Path.Combine(_folder, "layouts", "page.hbs")}:2: template: partial 'sidebar' is not in the theme, expected one of: benchmark-table, chart,",
            Assert.Single(problems.Listed).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_override_is_named_with_its_own_file()
    {
        File.WriteAllText(Write("partials/footer.hbs"), "{{#if site.figures}}unclosed");
        var problems = new DiagnosticBag();
        Assert.Null(RoiReport.Site.Theme.Theme.Load(_folder, problems));
        Assert.StartsWith($"{Path.Combine(_folder, "partials", "footer.hbs")}:", Assert.Single(problems.Listed).ToString(), StringComparison.Ordinal);
    }

    private string Write(string path)
    {
        var full = Path.Combine(_folder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return full;
    }
}
