using RoiReport.Core.Diagnostics;
using RoiReport.Core.Survey;
using RoiReport.Ingest.Csv;

namespace RoiReport.Ingest;

/// <summary>Reads every survey CSV under the given files and folders into one table.</summary>
public static class SurveyLoader
{
    public static SurveyData Load(IReadOnlyList<string> files, IngestOptions options) =>
        // Identical hashes of two firms of a wave: read again, keeping the identifiers to compare.
        Read(files, options, keepIdentifiers: false) ?? Read(files, options, keepIdentifiers: true)!;

    /// <summary>The files' firms and problems, or null when only the identifiers can tell whether some firms appear twice.</summary>
    private static SurveyData? Read(IReadOnlyList<string> files, IngestOptions options, bool keepIdentifiers)
    {
        var respondents = new RespondentLog(keepIdentifiers);
        var table = new SurveyTableBuilder(options.Cuts);
        var ignored = new SortedSet<string>(StringComparer.Ordinal);
        // Each file's own problems, in its order; the problems bag keeps a limited number in all,
        // so they wait for the duplicates, which are found once every file is read.
        var ownProblems = new DiagnosticBag[files.Count];
        for (var i = 0; i < files.Count; i++)
        {
            ownProblems[i] = new DiagnosticBag(int.MaxValue);
            var reader = new SurveyFileReader(files[i], i, options, ownProblems[i], respondents);
            reader.ReadInto(table);
            ignored.UnionWith(reader.IgnoredColumns);
        }
        if (respondents.Duplicates() is not { } found)
        {
            return null;
        }
        var duplicates = files.Select(_ => new DiagnosticBag(int.MaxValue)).ToArray();
        foreach (var again in found)
        {
            duplicates[again.File].Add(new Diagnostic(files[again.File], again.Line, SurveyColumns.RespondentId,
                $"'{again.Id}' appears again in wave {again.Year} (first at {files[again.FirstFile]}:{again.FirstLine}), expected one row per firm per wave"));
        }
        var problems = new DiagnosticBag(options.MaxProblems);
        for (var i = 0; i < files.Count; i++)
        {
            problems.AddMerged(ownProblems[i], duplicates[i], InReadingOrder);
        }
        return new SurveyData(files, table.Build(), problems, [.. ignored]);
    }

    /// <summary>
    /// The order a file's problems are found in: by line, and a problem with the whole file (line
    /// 0) after the rows, since one found before them (its header, say) stops the reading.
    /// </summary>
    private static int InReadingOrder(Diagnostic a, Diagnostic b) => Place(a).CompareTo(Place(b));

    private static long Place(Diagnostic diagnostic) => diagnostic.Line == 0 ? long.MaxValue : diagnostic.Line;
}
