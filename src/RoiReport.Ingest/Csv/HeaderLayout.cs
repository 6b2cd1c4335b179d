using RoiReport.Core.Diagnostics;
namespace RoiReport.Ingest.Csv;

/// <summary>Where each canonical column is in one file's header, and which columns are ignored.</summary>
internal sealed class HeaderLayout
{
    private readonly Dictionary<string, int> _index;

    private HeaderLayout(int fieldCount, Dictionary<string, int> index, List<(int Index, string Name)> ignored)
    {
        FieldCount = fieldCount;
        _index = index;
        Ignored = ignored;
    }

    public int FieldCount { get; }

    /// <summary>Extra columns that are neither canonical nor dropped: read for identifier checks only.</summary>
    public IReadOnlyList<(int Index, string Name)> Ignored { get; }

    /// <summary>The column's index in the record, or -1 where the file does not have it.</summary>
    public int this[string canonical] => _index.GetValueOrDefault(canonical, -1);

    /// <summary>Maps a header onto the schema, or returns null after reporting why the file cannot be read.</summary>
    public static HeaderLayout? Resolve(IReadOnlyList<string> headers, IngestOptions options, string file, DiagnosticBag problems)
    {
        var before = problems.Count;
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var canonical in SurveyColumns.All)
        {
            names[canonical] = canonical;
        }
        foreach (var (canonical, alias) in options.ColumnAliases)
        {
            names[alias.Trim()] = canonical;
        }
        var (index, ignored) = Placed(headers, names, options, file, problems);
        if (headers.Count == 1 && headers[0].AsSpan().IndexOfAny(";\t|") >= 0)
        {
            problems.Add(new Diagnostic(file, 1, "file",
                $"the header has one column that contains '{headers[0][headers[0].AsSpan().IndexOfAny(";\t|")]}', expected fields separated by commas"));
            return null;
        }
        var missing = SurveyColumns.Required(options.Dimensions).Where(c => !index.ContainsKey(c)).ToList();
        var closest = HeaderSuggestions.Closest(missing, [.. ignored.Select(i => i.Item2)]);
        foreach (var required in missing)
        {
            var aliases = names.Where(n => n.Value == required && n.Key != required).Select(n => $"'{n.Key}'").ToList();
            var expected = aliases.Count == 0 ? $"a column named {required}" : $"a column named {required} or {string.Join(" or ", aliases)}";
            var mapping = closest.TryGetValue(required, out var header)
                ? $"; the closest header is '{header}': if that is it, map it under columns: in roireport.yml with the line \"{HeaderSuggestions.ColumnsLine(required, header)}\""
                : " (other header names can be mapped under columns: in roireport.yml)";
            problems.Add(new Diagnostic(file, 1, required, $"missing required column, expected {expected}{mapping}"));
        }
        return problems.Count > before ? null : new HeaderLayout(headers.Count, index, ignored);
    }

    /// <summary>
    /// Where each canonical column is (by its name or an alias), and the other columns that are
    /// read past; a column named twice, or one whose name says it identifies firms, is a problem.
    /// </summary>
    private static (Dictionary<string, int> Index, List<(int, string)> Ignored) Placed(IReadOnlyList<string> headers, Dictionary<string, string> names,
        IngestOptions options, string file, DiagnosticBag problems)
    {
        var dropped = new HashSet<string>(options.DroppedColumns.Select(d => d.Trim()), StringComparer.OrdinalIgnoreCase);
        var index = new Dictionary<string, int>();
        var ignored = new List<(int, string)>();
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i].Trim();
            if (dropped.Contains(header))
            {
                continue;
            }
            if (names.TryGetValue(header, out var canonical))
            {
                if (index.TryGetValue(canonical, out var first))
                {
                    problems.Add(new Diagnostic(file, 1, canonical,
                        $"appears twice (columns {first + 1} and {i + 1}), expected each column once"));
                }
                else
                {
                    index[canonical] = i;
                }
                continue;
            }
            if (IdentifierColumns.ByName(header) is { } kind)
            {
                problems.Add(new Diagnostic(file, 1, Shown(header), RefusalMessage(kind)));
                continue;
            }
            ignored.Add((i, header));
        }
        return (index, ignored);
    }

    public static string RefusalMessage(string kind) =>
        $"column looks like it holds {kind}, which could identify a firm; expected anonymized data. " +
        "Remove the column, or list it under drop: in roireport.yml to have it ignored";

    public static string Shown(string header) => header.Length == 0 ? "(unnamed column)" : header;
}
