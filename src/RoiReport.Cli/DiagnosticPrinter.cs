using System.Globalization;
using RoiReport.Core.Diagnostics;

namespace RoiReport.Cli;

internal static class DiagnosticPrinter
{
    /// <param name="outcome">What the failure left behind, to end the summary line with.</param>
    public static void Print(DiagnosticBag problems, TextWriter error, string where, string outcome = "nothing was written")
    {
        foreach (var problem in problems.Listed)
        {
            error.WriteLine(problem.ToString());
        }
        var shown = problems.Listed.Count;
        foreach (var (file, subject, count) in problems.Tallied)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file}: {subject}: … and {count:N0} more like these"));
            shown += count;
        }
        if (problems.Count > shown)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"… and {problems.Count - shown:N0} more problems not shown (fix the first {problems.Listed.Count} and run again)"));
        }
        error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{problems.Count:N0} {(problems.Count == 1 ? "problem" : "problems")} {where}; {outcome}."));
    }
}
