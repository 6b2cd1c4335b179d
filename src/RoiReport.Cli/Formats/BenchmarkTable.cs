using System.Globalization;
using RoiReport.Core.Benchmarks;

namespace RoiReport.Cli.Formats;

/// <summary>The benchmarks as an aligned plain-text table, for reading in a terminal.</summary>
internal static class BenchmarkTable
{
    private static readonly string[] Header =
        ["year", "segment", "industry", "employees", "firms", "n", "p10", "p25", "p50", "p75", "p90", "mean", "sm>=other"];

    public static void Write(BenchmarkReport report, TextWriter destination)
    {
        var rows = new List<string[]> { Header };
        foreach (var group in report.Groups)
        {
            var key = group.Key;
            var h = group.HourlyReturn;
            string[] figures = group.Suppressed
                ? ["too few firms to publish", "", "", "", "", "", ""]
                : [Money(h!.P10), Money(h.P25), Money(h.P50), Money(h.P75), Money(h.P90), Money(h.Mean), Share(group.ShareSmGeOther)];
            rows.Add([
                key.Year.ToString(CultureInfo.InvariantCulture),
                key.Segment ?? "all",
                key.Industry ?? "all",
                key.Employees ?? "all",
                group.Respondents.ToString("N0", CultureInfo.InvariantCulture),
                group.N.ToString("N0", CultureInfo.InvariantCulture),
                .. figures,
            ]);
        }
        // The suppression notice spans the figure columns, so it does not set their width.
        var widths = Enumerable.Range(0, Header.Length)
            .Select(c => rows.Where(r => !(c == 6 && r[7].Length == 0 && r != Header)).Max(r => r[c].Length))
            .ToArray();
        foreach (var row in rows)
        {
            var cells = row.Select((cell, c) => c < 4 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]));
            destination.WriteLine(string.Join("  ", cells).TrimEnd());
        }
        destination.WriteLine("Hourly return: (sales − direct costs) / hours of social media, per firm; n counts firms with a defined return.");
    }

    private static string Money(double? value) =>
        value is { } v ? v.ToString("N2", CultureInfo.InvariantCulture) : "–";

    private static string Share(double? value) =>
        value is { } v ? v.ToString("P0", CultureInfo.InvariantCulture) : "–";
}
