using RoiReport.Core.Diagnostics;
using RoiReport.Core.Survey;
using RoiReport.Ingest.Csv;

namespace RoiReport.Ingest;

/// <summary>Reads every survey CSV under the given files and folders into one table.</summary>
public static class SurveyLoader
{
    public static SurveyData Load(IReadOnlyList<string> files, IngestOptions options)
    {
        var problems = new DiagnosticBag(options.MaxProblems);
        var registry = new RespondentRegistry();
        var table = new SurveyTableBuilder();
        var ignored = new SortedSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            var reader = new SurveyFileReader(files[i], i, options, problems, registry, files);
            reader.ReadInto(table);
            ignored.UnionWith(reader.IgnoredColumns);
        }
        return new SurveyData(files, table.Build(), problems, [.. ignored]);
    }
}
