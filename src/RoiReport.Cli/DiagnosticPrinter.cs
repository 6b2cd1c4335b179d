using System.Globalization;
using RoiReport.Ingest;

namespace RoiReport.Cli;

internal static class DiagnosticPrinter
{
    public static void Print(DiagnosticBag problems, TextWriter error, string where)
    {
        foreach (var problem in problems.Kept)
        {
            error.WriteLine(problem.ToString());
        }
        if (problems.Count > problems.Kept.Count)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"… and {problems.Count - problems.Kept.Count:N0} more problems not shown (the first {problems.Kept.Count} are above)"));
        }
        error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{problems.Count:N0} {(problems.Count == 1 ? "problem" : "problems")} {where}; nothing was computed or written."));
    }
}
