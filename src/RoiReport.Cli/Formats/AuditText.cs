using System.Globalization;
using RoiReport.Core.Disclosure;

namespace RoiReport.Cli.Formats;

/// <summary>The audit for a person: one line per derivable withheld figure, then the summary.</summary>
internal static class AuditText
{
    public static void Write(AttackReport report, TextWriter output)
    {
        foreach (var finding in report.Derivable)
        {
            output.WriteLine(Line(finding));
        }
        var share = report.PublishedGroups == 0 ? 1 : (double)report.GroupsKeepingFigures / report.PublishedGroups;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"audit: {report.Withheld:N0} figures withheld, {report.Derivable.Count:N0} derivable, {report.Disclosed:N0} disclosed; {report.GroupsKeepingFigures:N0} of {report.PublishedGroups:N0} published groups ({share * 100:0.0}%) keep a mean and all three shares"));
    }

    private static string Line(AttackFinding f)
    {
        var what = $"{f.Group}{(f.Blank ? " (firms that left it blank)" : "")}: {ProtectedFigures.Name(f.Figure)}";
        var verdict = f.Disclosed ? "DISCLOSED" : "protected";
        if (ProtectedFigures.IsMean(f.Figure))
        {
            double derived = f.Derived / f.Base, truth = f.True / f.Base, error = Math.Abs(derived - truth);
            var relative = truth == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $" ({error / Math.Abs(truth):P1})");
            return string.Create(CultureInfo.InvariantCulture,
                $"{what}, {f.Rows} firms: derived {derived:0.00} an hour, true {truth:0.00}, off by {error:0.00}{relative}; at least {f.MinError / f.Base:0.00} keeps it undisclosed: {verdict}");
        }
        return string.Create(CultureInfo.InvariantCulture,
            $"{what}, {f.Rows} firms: derived {f.Derived:0.00} firms, true {f.True:0.##}, off by {Math.Abs(f.Derived - f.True):0.00}; at least {f.MinError:0.##} keeps it undisclosed: {verdict}");
    }
}
