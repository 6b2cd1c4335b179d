using RoiReport.Core.Diagnostics;
using RoiReport.Core.Survey;
using RoiReport.Ingest.Csv;

namespace RoiReport.Ingest;

/// <summary>Reads every survey CSV under the given files and folders.</summary>
public static class SurveyLoader
{
    public static SurveyData Load(IReadOnlyList<string> files, IngestOptions options)
    {
        var problems = new DiagnosticBag(options.MaxProblems);
        var registry = new RespondentRegistry();
        var responses = new List<SurveyResponse>();
        var ignored = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var reader = new SurveyFileReader(file, options, problems, registry);
            reader.ReadInto(responses);
            ignored.UnionWith(reader.IgnoredColumns);
        }
        return new SurveyData(files, responses, problems, [.. ignored]);
    }
}
