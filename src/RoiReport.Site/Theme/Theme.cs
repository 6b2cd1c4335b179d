using HandlebarsDotNet;
using RoiReport.Core.Diagnostics;

namespace RoiReport.Site.Theme;

/// <summary>
/// The theme's Handlebars templates, compiled once: layouts/base.hbs wraps every page, the other
/// layouts render a page's body, partials/*.hbs are available to all. Handlebars HTML-escapes
/// every {{value}}; only {{{triple}}} values (the author's Markdown, inlined charts) are raw.
/// </summary>
public sealed partial class Theme
{
    public const string BaseLayout = "base";

    /// <summary>The font the charts are drawn with, which the pages also serve.</summary>
    public const string ChartFontPath = "assets/fonts/DejaVuSans.ttf";

    private readonly Dictionary<string, HandlebarsTemplate<object, object>> _layouts;
    private readonly IHandlebars _handlebars;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, HandlebarsTemplate<object, object>> _partials = new(StringComparer.Ordinal);

    private Theme(ThemeFiles files, IHandlebars handlebars, Dictionary<string, HandlebarsTemplate<object, object>> layouts)
    {
        Files = files;
        _handlebars = handlebars;
        _layouts = layouts;
    }

    public ThemeFiles Files { get; }

    /// <summary>A hash of every file of the theme: layouts, partials and assets.</summary>
    public string Fingerprint => Files.Fingerprint;

    public byte[] ChartFont => Files[ChartFontPath]!.Bytes;

    /// <summary>Layouts a page may name in its front matter or be generated with.</summary>
    public IReadOnlyCollection<string> Layouts => [.. _layouts.Keys.Where(k => k != BaseLayout)];

    /// <summary>The theme of a site: the built-in one, overridden file by file by <paramref name="folder"/> when there is one.</summary>
    /// <param name="earlier">A theme loaded before; returned again when no file changed since.</param>
    public static Theme? Load(string? folder, DiagnosticBag problems, Theme? earlier = null)
    {
        var files = ThemeFiles.Load(folder);
        if (earlier is not null && earlier.Fingerprint == files.Fingerprint)
        {
            return earlier;
        }
        var handlebars = Handlebars.Create(new HandlebarsConfiguration { NoEscape = false });
        var before = problems.Count;
        foreach (var file in Templates(files, "partials"))
        {
            Compile(file, problems, source => handlebars.RegisterTemplate(Name(file), source));
        }
        var layouts = new Dictionary<string, HandlebarsTemplate<object, object>>(StringComparer.Ordinal);
        foreach (var file in Templates(files, "layouts"))
        {
            Compile(file, problems, source => layouts[Name(file)] = handlebars.Compile(source));
        }
        CheckPartialsExist([.. Templates(files, "partials"), .. Templates(files, "layouts")], problems);
        return problems.Count > before ? null : new Theme(files, handlebars, layouts);
    }

    /// <summary>
    /// Every <c>{{> name}}</c> names a partial of the theme: Handlebars.Net would fail only when a
    /// page that reaches it is rendered, and then without naming the template.
    /// </summary>
    private static void CheckPartialsExist(IReadOnlyList<ThemeFile> templates, DiagnosticBag problems)
    {
        var partials = templates.Where(t => t.Path.StartsWith("partials/", StringComparison.Ordinal)).Select(Name).ToHashSet(StringComparer.Ordinal);
        foreach (var template in templates)
        {
            var lines = System.Text.Encoding.UTF8.GetString(template.Bytes).Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (System.Text.RegularExpressions.Match match in PartialReference().Matches(lines[i]))
                {
                    if (!partials.Contains(match.Groups[1].Value))
                    {
                        problems.Add(new Diagnostic(template.Source, i + 1, "template",
                            $"partial '{match.Groups[1].Value}' is not in the theme, expected one of: {string.Join(", ", partials.Order(StringComparer.Ordinal))}"));
                    }
                }
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\{\{~?>\s*([A-Za-z0-9_.-]+)")]
    private static partial System.Text.RegularExpressions.Regex PartialReference();

    /// <summary>A page's body in its layout, wrapped in the base layout.</summary>
    public string Render(string layout, Pages.LayoutModel model) =>
        _layouts[BaseLayout](model with { Body = _layouts[layout](model) });

    /// <summary>One partial on its own, for content placed inside a page's Markdown (shortcodes).</summary>
    public string RenderPartial(string partial, object model) =>
        _partials.GetOrAdd(partial, name => _handlebars.Compile("{{> " + name + "}}"))(model);

    private static IEnumerable<ThemeFile> Templates(ThemeFiles files, string kind) =>
        files.Under(kind).Where(f => f.Path.EndsWith(".hbs", StringComparison.Ordinal) && f.Path.IndexOf('/', kind.Length + 1) < 0);

    private static string Name(ThemeFile file) => Path.GetFileNameWithoutExtension(file.Path);

    private static void Compile(ThemeFile file, DiagnosticBag problems, Action<string> compile)
    {
        var source = System.Text.Encoding.UTF8.GetString(file.Bytes);
        // Handlebars.Net 2.4 renders a partial that stands alone on an indented line without
        // escaping its {{values}}: an injection hole, so such a line is refused.
        var lines = source.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length > 0 && char.IsWhiteSpace(lines[i][0]) && lines[i].Trim().StartsWith("{{>", StringComparison.Ordinal) && lines[i].Trim().EndsWith("}}", StringComparison.Ordinal)
                && lines[i].Trim().IndexOf("}}", StringComparison.Ordinal) == lines[i].Trim().Length - 2)
            {
                problems.Add(new Diagnostic(file.Source, i + 1, "template",
                    "a partial alone on an indented line, which Handlebars.Net renders without escaping; expected it at the start of the line or beside other markup"));
            }
        }
        try
        {
            compile(source);
        }
        catch (HandlebarsException e)
        {
            problems.Add(new Diagnostic(file.Source, 0, "template", $"{e.Message.TrimEnd('.')}, expected a valid Handlebars template"));
        }
    }
}
