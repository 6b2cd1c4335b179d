using HandlebarsDotNet;
using RoiReport.Core.Diagnostics;

namespace RoiReport.Site.Theme;

/// <summary>
/// The theme's Handlebars templates, compiled once: layouts/base.hbs wraps every page, the other
/// layouts render a page's body, partials/*.hbs are available to all. Handlebars HTML-escapes
/// every {{value}}; only {{{triple}}} values (the author's Markdown, inlined charts) are raw.
/// </summary>
public sealed class Theme
{
    public const string BaseLayout = "base";

    private readonly Dictionary<string, HandlebarsTemplate<object, object>> _layouts;
    private readonly IHandlebars _handlebars;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, HandlebarsTemplate<object, object>> _partials = new(StringComparer.Ordinal);

    private Theme(string folder, string fingerprint, IHandlebars handlebars, Dictionary<string, HandlebarsTemplate<object, object>> layouts)
    {
        Folder = folder;
        Fingerprint = fingerprint;
        _handlebars = handlebars;
        _layouts = layouts;
    }

    public string Folder { get; }

    /// <summary>A hash of every file of the theme: layouts, partials and assets.</summary>
    public string Fingerprint { get; }

    public string AssetsFolder => Path.Combine(Folder, "assets");

    /// <summary>Layouts a page may name in its front matter or be generated with.</summary>
    public IReadOnlyCollection<string> Layouts => [.. _layouts.Keys.Where(k => k != BaseLayout)];

    /// <param name="earlier">A theme loaded before; returned again when no file of the folder changed since.</param>
    public static Theme? Load(string folder, DiagnosticBag problems, Theme? earlier = null)
    {
        var fingerprint = FingerprintOf(folder);
        if (earlier is not null && earlier.Folder == folder && earlier.Fingerprint == fingerprint)
        {
            return earlier;
        }
        var handlebars = Handlebars.Create(new HandlebarsConfiguration { NoEscape = false });
        var before = problems.Count;
        foreach (var file in Files(folder, "partials"))
        {
            Compile(file, problems, source => handlebars.RegisterTemplate(Path.GetFileNameWithoutExtension(file), source));
        }
        var layouts = new Dictionary<string, HandlebarsTemplate<object, object>>(StringComparer.Ordinal);
        foreach (var file in Files(folder, "layouts"))
        {
            Compile(file, problems, source => layouts[Path.GetFileNameWithoutExtension(file)] = handlebars.Compile(source));
        }
        if (!layouts.ContainsKey(BaseLayout))
        {
            problems.Add(new Diagnostic(Path.Combine(folder, "layouts", BaseLayout + ".hbs"), 0, "theme", "missing, expected the layout that wraps every page"));
        }
        return problems.Count > before ? null : new Theme(folder, fingerprint, handlebars, layouts);
    }

    private static string FingerprintOf(string folder)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(file);
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{Path.GetRelativePath(folder, file)} {bytes.Length}\n"));
            hash.AppendData(bytes);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>A page's body in its layout, wrapped in the base layout.</summary>
    public string Render(string layout, IDictionary<string, object?> model)
    {
        model["body"] = _layouts[layout](model);
        return _layouts[BaseLayout](model);
    }

    /// <summary>One partial on its own, for content placed inside a page's Markdown (shortcodes).</summary>
    public string RenderPartial(string partial, IDictionary<string, object?> model) =>
        _partials.GetOrAdd(partial, name => _handlebars.Compile("{{> " + name + "}}"))(model);

    private static IEnumerable<string> Files(string folder, string kind)
    {
        var path = Path.Combine(folder, kind);
        return Directory.Exists(path) ? Directory.EnumerateFiles(path, "*.hbs").Order(StringComparer.Ordinal) : [];
    }

    private static void Compile(string file, DiagnosticBag problems, Action<string> compile)
    {
        var source = File.ReadAllText(file);
        // Handlebars.Net 2.4 renders a partial that stands alone on an indented line without
        // escaping its {{values}}: an injection hole, so such a line is refused.
        var lines = source.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length > 0 && char.IsWhiteSpace(lines[i][0]) && lines[i].Trim().StartsWith("{{>", StringComparison.Ordinal) && lines[i].Trim().EndsWith("}}", StringComparison.Ordinal)
                && lines[i].Trim().IndexOf("}}", StringComparison.Ordinal) == lines[i].Trim().Length - 2)
            {
                problems.Add(new Diagnostic(file, i + 1, "template",
                    "a partial alone on an indented line, which Handlebars.Net renders without escaping; expected it at the start of the line or beside other markup"));
            }
        }
        try
        {
            compile(source);
        }
        catch (HandlebarsException e)
        {
            problems.Add(new Diagnostic(file, 0, "template", $"{e.Message.TrimEnd('.')}, expected a valid Handlebars template"));
        }
    }
}
