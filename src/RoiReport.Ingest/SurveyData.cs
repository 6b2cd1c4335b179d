using RoiReport.Core.Diagnostics;
using RoiReport.Core.Survey;

namespace RoiReport.Ingest;

/// <summary>What was read from the survey files: the firms in columns, or the problems that stop them being used.</summary>
/// <param name="Table">The firms read: every firm's figures only when <see cref="IsValid"/>; with problems, it may hold a row twice or lack rows.</param>
/// <param name="IgnoredColumns">Extra columns that were read past, by name.</param>
public sealed record SurveyData(
    IReadOnlyList<string> Files,
    SurveyTable Table,
    DiagnosticBag Problems,
    IReadOnlyList<string> IgnoredColumns)
{
    public bool IsValid => Problems.IsEmpty;
}
