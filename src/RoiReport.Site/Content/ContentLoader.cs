using System.Globalization;
using RoiReport.Core.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace RoiReport.Site.Content;

/// <summary>Reads the Markdown pages of the input folder with their front matter.</summary>
public static class ContentLoader
{
    private static readonly string[] Keys = ["title", "description", "date", "draft", "layout", "tags", "include_all"];

    /// <summary>
    /// Every *.md file under the folder (drafts left out), in ordinal order of path. Problems are
    /// reported with the file and line (lines counted as an editor shows them).
    /// </summary>
    public static IReadOnlyList<SourceDocument> Load(string inputFolder, IReadOnlyCollection<string> layouts, DiagnosticBag problems)
    {
        // Read and parsed in parallel, each file with its own problems, reported in path order.
        var read = Directory.EnumerateFiles(inputFolder, "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .AsParallel().AsOrdered()
            .Select(path =>
            {
                var own = new DiagnosticBag(int.MaxValue);
                var relative = Path.GetRelativePath(inputFolder, path).Replace('\\', '/');
                return (Document: Parse(path, relative, File.ReadAllText(path), layouts, own), Problems: own);
            })
            .ToList();
        var documents = new List<SourceDocument>();
        foreach (var (document, own) in read)
        {
            problems.AddRange(own);
            if (document is { FrontMatter.Draft: false })
            {
                documents.Add(document);
            }
        }
        return documents;
    }

    public static SourceDocument? Parse(string path, string relative, string text, IReadOnlyCollection<string> layouts, DiagnosticBag problems)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            problems.Add(new Diagnostic(path, 1, "front matter", "missing, expected the file to start with a --- line, then at least title: …, then ---"));
            return null;
        }
        var end = Array.FindIndex(lines, 1, l => l.TrimEnd() == "---");
        if (end < 0)
        {
            problems.Add(new Diagnostic(path, 1, "front matter", "is never closed, expected a --- line after it"));
            return null;
        }
        var before = problems.Count;
        var frontMatter = ReadFrontMatter(path, string.Join('\n', lines[1..end]), relative.StartsWith("posts/", StringComparison.Ordinal), SourceDocument.IsTemplatePath(relative), layouts, problems);
        if (problems.Count > before || frontMatter is null)
        {
            return null;
        }
        return new SourceDocument(path, relative, frontMatter, string.Join('\n', lines[(end + 1)..]), end + 2);
    }

    private static FrontMatter? ReadFrontMatter(string path, string yaml, bool isPost, bool isTemplate, IReadOnlyCollection<string> layouts, DiagnosticBag problems)
    {
        // The YAML starts on the file's second line.
        void Fail(long yamlLine, string subject, string message) => problems.Add(new Diagnostic(path, yamlLine + 1, subject, message));

        void Invalid(long line, string reason) => Fail(line, "front matter",
            $"is not valid YAML ({reason}){(reason.Contains("mapping", StringComparison.Ordinal) ? "; a value that contains ': ' must be in quotes" : "")}");
        if (!YamlText.TryLoad(new StringReader(yaml), Invalid, out var document))
        {
            return null;
        }
        if (document is not YamlMappingNode root)
        {
            Fail(1, "front matter", "expected settings such as title: My page");
            return null;
        }

        var settings = new FrontMatterSettings(isTemplate, layouts, Fail);
        foreach (var (keyNode, value) in root.Children)
        {
            settings.Read((keyNode as YamlScalarNode)?.Value ?? "", value, keyNode.Start.Line);
        }
        return settings.FrontMatter(path, isPost, problems);
    }

    /// <summary>The settings of one page's front matter as they are read, each checked as it comes.</summary>
    private sealed class FrontMatterSettings(bool isTemplate, IReadOnlyCollection<string> layouts, Action<long, string, string> fail)
    {
        private readonly List<string> _tags = [];
        private string? _title, _description, _layout;
        private DateOnly? _date;
        private bool _draft, _includeAll;

        public void Read(string key, YamlNode value, long line)
        {
            var scalar = (value as YamlScalarNode)?.Value;
            if (key is "title" or "description" && value is not YamlScalarNode)
            {
                fail(line, key, "expected text; text that starts with [ or { must be in quotes, such as title: \"[group]\"");
                return;
            }
            switch (key)
            {
                case "title":
                    _title = scalar;
                    break;
                case "description":
                    _description = scalar;
                    break;
                case "layout":
                    _layout = scalar;
                    if (_layout is null || !layouts.Contains(_layout))
                    {
                        fail(line, "layout", $"'{_layout}' is not a layout of the theme, expected one of: {string.Join(", ", layouts.Order(StringComparer.Ordinal))}");
                    }
                    break;
                case "date":
                    _date = Date(scalar, line) ?? _date;
                    break;
                case "draft":
                    _draft = Flag(scalar, line, "draft") ?? _draft;
                    break;
                case "include_all" when !isTemplate:
                    fail(line, "include_all", "applies only to a templated page, one whose file name has a [dimension] in brackets");
                    break;
                case "include_all":
                    _includeAll = Flag(scalar, line, "include_all") ?? _includeAll;
                    break;
                case "tags":
                    Tags(value, line);
                    break;
                default:
                    fail(line, key, $"unknown front matter setting, expected one of: {string.Join(", ", Keys)}");
                    break;
            }
        }

        private DateOnly? Date(string? scalar, long line)
        {
            if (DateOnly.TryParseExact(scalar, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return parsed;
            }
            fail(line, "date", $"'{scalar}' is not a date, expected YYYY-MM-DD such as 2025-11-03");
            return null;
        }

        private bool? Flag(string? scalar, long line, string key)
        {
            if (bool.TryParse(scalar, out var flag))
            {
                return flag;
            }
            fail(line, key, $"'{scalar}' is not true or false");
            return null;
        }

        private void Tags(YamlNode value, long line)
        {
            if (value is YamlSequenceNode sequence && sequence.Children.All(t => t is YamlScalarNode))
            {
                _tags.AddRange(sequence.Children.Select(t => ((YamlScalarNode)t).Value ?? ""));
            }
            else
            {
                fail(line, "tags", "expected a list, such as [b2b, method]");
            }
        }

        /// <summary>The front matter, or null after reporting a missing setting at the front matter's opening line.</summary>
        public FrontMatter? FrontMatter(string path, bool isPost, DiagnosticBag problems)
        {
            if (string.IsNullOrWhiteSpace(_title))
            {
                problems.Add(new Diagnostic(path, 1, "title", "missing, expected title: and the page's title"));
                return null;
            }
            if (isPost && _date is null)
            {
                problems.Add(new Diagnostic(path, 1, "date", "missing, expected date: YYYY-MM-DD on every post"));
                return null;
            }
            return new FrontMatter(_title, _description, _date, _draft, _layout ?? (isPost ? "post" : isTemplate ? "group" : "page"), _tags, _includeAll);
        }
    }
}
