using RoiReport.Core.Benchmarks;
using RoiReport.Core.Diagnostics;
using RoiReport.Core.Survey;
using RoiReport.Site.Content;

namespace RoiReport.Site.Pages;

/// <summary>
/// A Markdown page whose path names dimensions in brackets, as <c>benchmarks/[segment]/[industry].md</c>:
/// rendered once per published group of that level (segment and industry given, every other
/// dimension "all"), with its shortcodes defaulting to the page's group. A path with <c>[year]</c>
/// is rendered for every wave, one without it for the latest wave only. With
/// <c>include_all: true</c> a bracketed dimension also takes "all", so one template can cover every
/// level of the cube.
/// </summary>
public sealed class PageTemplate
{
    private const string YearPart = "year";
    private const string GroupPart = "group";

    private readonly string[] _parts;
    private readonly HashSet<Dimension> _dimensions;
    private readonly bool _perWave;

    private PageTemplate(SourceDocument document, string[] parts, HashSet<Dimension> dimensions, bool perWave)
    {
        Document = document;
        _parts = parts;
        _dimensions = dimensions;
        _perWave = perWave;
    }

    public SourceDocument Document { get; }

    /// <summary>The template, or null after reporting why its path cannot be one.</summary>
    public static PageTemplate? Read(SourceDocument document, IReadOnlyList<Dimension> dimensions, DiagnosticBag problems)
    {
        var choices = string.Join(", ", dimensions.Select(DimensionNames.ColumnName).Prepend(YearPart).Select(n => $"[{n}]"));
        void Fail(string message) => problems.Add(new Diagnostic(document.SourcePath, 1, "template", message));

        var parts = document.SitePath.TrimEnd('/').Split('/');
        var named = new HashSet<Dimension>();
        var perWave = false;
        foreach (var part in parts.Where(p => p.Contains('[', StringComparison.Ordinal) || p.Contains(']', StringComparison.Ordinal)))
        {
            var name = part.Length > 2 && part[0] == '[' && part[^1] == ']' ? part[1..^1] : null;
            if (name is null || name.Contains('[', StringComparison.Ordinal) || name.Contains(']', StringComparison.Ordinal))
            {
                Fail($"'{part}' in its path is not a whole [dimension], expected a folder or file name that is only one of: {choices}");
                return null;
            }
            var known = DimensionNames.TryParse(name, out var dimension) && DimensionNames.ColumnName(dimension) == name && dimensions.Contains(dimension);
            if (name != YearPart && !known)
            {
                Fail($"'[{name}]' is not a dimension of the benchmark, expected one of: {choices}");
                return null;
            }
            if (name == YearPart ? perWave : named.Contains(dimension))
            {
                Fail($"its path names [{name}] twice, expected each once");
                return null;
            }
            perWave |= name == YearPart;
            if (known)
            {
                named.Add(dimension);
            }
        }
        return new PageTemplate(document, parts, named, perWave);
    }

    /// <summary>Every published group the template is rendered for, with the site path of its page.</summary>
    public IEnumerable<(GroupBenchmark Group, string Path)> Expand(BenchmarkReport report, GroupAddresses addresses)
    {
        if (report.Waves.Count == 0)
        {
            yield break;
        }
        var latest = report.Waves.Max(w => w.Year);
        var includeAll = Document.FrontMatter.IncludeAll;
        foreach (var group in report.Groups)
        {
            var key = group.Key;
            var ofLevel = addresses.Dimensions.All(d => _dimensions.Contains(d) ? includeAll || key[d] is not null : key[d] is null);
            if (!group.Suppressed && ofLevel && (_perWave || key.Year == latest))
            {
                yield return (group, string.Concat(_parts.Select(p => Fill(p, key, addresses, forPath: true) + "/")));
            }
        }
    }

    /// <summary>
    /// The title or description with its placeholders filled: [group] is the group's name,
    /// [year] its wave, [segment] and the other dimensions their labels.
    /// </summary>
    public static string Fill(string text, PeerGroupKey key, GroupAddresses addresses, bool forPath = false)
    {
        if (!text.Contains('[', StringComparison.Ordinal))
        {
            return text;
        }
        text = text.Replace($"[{YearPart}]", key.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        if (!forPath)
        {
            text = text.Replace($"[{GroupPart}]", addresses[key].Name, StringComparison.Ordinal);
        }
        foreach (var dimension in addresses.Dimensions)
        {
            var value = forPath ? addresses.PathPart(dimension, key[dimension]) : GroupAddresses.LabelName(dimension, key[dimension]);
            text = text.Replace($"[{DimensionNames.ColumnName(dimension)}]", value, StringComparison.Ordinal);
        }
        return text;
    }
}
