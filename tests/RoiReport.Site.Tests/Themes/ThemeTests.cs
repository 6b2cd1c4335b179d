using HandlebarsDotNet;
using RoiReport.Core.Diagnostics;

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
}
