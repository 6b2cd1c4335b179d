using RoiReport.Core.Diagnostics;

namespace RoiReport.Site.Shortcodes;

/// <summary>
/// Finds Hugo-style shortcodes in Markdown: <c>{{&lt; chart "distribution" segment="B2B" &gt;}}</c>.
/// Those inside fenced code blocks and code spans are left alone, so documentation can show them.
/// </summary>
public static class ShortcodeParser
{
    private const string Open = "{{<";
    private const string Close = ">}}";

    /// <param name="firstLine">The file line the body starts on, so messages count lines as an editor does.</param>
    public static IReadOnlyList<Shortcode> Parse(string markdown, string file, int firstLine, DiagnosticBag problems)
    {
        var found = new List<Shortcode>();
        var line = firstLine;
        var fence = "";
        var lineStart = 0;
        while (lineStart <= markdown.Length)
        {
            var lineEnd = markdown.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = markdown.Length;
            }
            var text = markdown[lineStart..lineEnd];
            var trimmed = text.TrimStart();
            if (fence.Length > 0)
            {
                if (trimmed.StartsWith(fence, StringComparison.Ordinal))
                {
                    fence = "";
                }
            }
            else if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                fence = trimmed[..3];
            }
            else
            {
                ParseLine(text, lineStart, line, file, found, problems);
            }
            lineStart = lineEnd + 1;
            line++;
        }
        return found;
    }

    private static void ParseLine(string text, int offset, int line, string file, List<Shortcode> found, DiagnosticBag problems)
    {
        var inCode = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '`')
            {
                inCode = !inCode;
                continue;
            }
            if (inCode || string.CompareOrdinal(text, i, Open, 0, Open.Length) != 0)
            {
                continue;
            }
            var end = text.IndexOf(Close, i, StringComparison.Ordinal);
            if (end < 0)
            {
                problems.Add(new Diagnostic(file, line, "shortcode", "is never closed, expected >}} on the same line"));
                return;
            }
            if (Arguments(text[(i + Open.Length)..end], file, line, problems) is { } parsed)
            {
                found.Add(new Shortcode(parsed.Name, parsed.Positional, parsed.Named, offset + i, end + Close.Length - i, line));
            }
            i = end + Close.Length - 1;
        }
    }

    private static (string Name, List<string> Positional, Dictionary<string, string> Named)? Arguments(string inside, string file, int line, DiagnosticBag problems)
    {
        if (Tokens(inside) is not { } tokens)
        {
            problems.Add(new Diagnostic(file, line, "shortcode", "has a quoted value that is never closed, expected a closing \""));
            return null;
        }
        if (tokens.Count == 0 || tokens[0].Key is not null)
        {
            problems.Add(new Diagnostic(file, line, "shortcode", "has no name, expected {{< chart … >}}, {{< figure … >}} or {{< benchmark-table … >}}"));
            return null;
        }
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in tokens.Skip(1).Where(t => t.Key is not null))
        {
            if (!named.TryAdd(key!, value))
            {
                problems.Add(new Diagnostic(file, line, $"shortcode {tokens[0].Value}", $"gives {key} twice, expected each parameter once"));
                return null;
            }
        }
        return (tokens[0].Value, [.. tokens.Skip(1).Where(t => t.Key is null).Select(t => t.Value)], named);
    }

    /// <summary>The shortcode's words, each a bare or quoted value with its key= where it has one; null where a quote is never closed.</summary>
    private static List<(string? Key, string Value)>? Tokens(string inside)
    {
        var tokens = new List<(string? Key, string Value)>();
        var i = 0;
        while (true)
        {
            while (i < inside.Length && char.IsWhiteSpace(inside[i]))
            {
                i++;
            }
            if (i >= inside.Length)
            {
                return tokens;
            }
            string? key = null;
            var start = i;
            while (i < inside.Length && (char.IsLetterOrDigit(inside[i]) || inside[i] is '-' or '_'))
            {
                i++;
            }
            if (i < inside.Length && inside[i] == '=' && i > start)
            {
                key = inside[start..i];
                i++;
            }
            else
            {
                i = start;
            }
            if (i < inside.Length && inside[i] == '"')
            {
                var close = inside.IndexOf('"', i + 1);
                if (close < 0)
                {
                    return null;
                }
                tokens.Add((key, inside[(i + 1)..close]));
                i = close + 1;
                continue;
            }
            var bare = i;
            while (i < inside.Length && !char.IsWhiteSpace(inside[i]))
            {
                i++;
            }
            tokens.Add((key, inside[bare..i]));
        }
    }
}
