using System.Globalization;
using RoiReport.Core.Comparison;
using RoiReport.Site;

namespace RoiReport.Cli.Formats;

/// <summary>The comparison in plain words.</summary>
internal static class ComparisonText
{
    public static void Write(ComparisonResult result, Money money, TextWriter destination)
    {
        var group = result.Group;
        var key = group.Key;
        var name = string.Join(" · ", new[] { key.Segment ?? "All firms", key.Industry, key.Employees is { } band ? $"{band} employees" : null }.OfType<string>());
        destination.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Peer group: {name}, {key.Year} ({group.N:N0} firms with a social-media hourly return)"));
        foreach (var skipped in result.Skipped)
        {
            var skippedName = string.Join(" · ", new[] { skipped.Segment, skipped.Industry, skipped.Employees is { } b ? $"{b} employees" : null }.OfType<string>());
            destination.WriteLine($"  ({skippedName}: too few firms to publish, so the broader group is used)");
        }
        destination.WriteLine($"Your social-media hourly return: {money.PerHour(result.HourlyReturn)}");
        var place = result.Percentile switch
        {
            { Percentile: { } p } => string.Create(CultureInfo.InvariantCulture, $"about the {p:0.0}th percentile of peers"),
            { Bound: "below", Quantile: var q } => $"below the {q} of peers (lower than nine in ten peers, or more)",
            { Bound: "above", Quantile: var q } => $"above the {q} of peers (higher than nine in ten peers, or more)",
            _ => "not placed: the group publishes no quantiles",
        };
        destination.WriteLine($"Among peers: {place}{(result.Quartile is { } quartile ? $", in the {Ordinal(quartile)} quartile" : "")}");
        var h = group.HourlyReturn!;
        destination.WriteLine($"Peers: p10 {Amount(money, h.P10)} · p25 {Amount(money, h.P25)} · median {Amount(money, h.P50)} · p75 {Amount(money, h.P75)} · p90 {Amount(money, h.P90)}");
        if (result.OtherHourlyReturn is { } other)
        {
            var share = group.ShareSmGeOther is { } s ? string.Create(CultureInfo.InvariantCulture, $" ({s * 100:0}% of peers with both figures do)") : "";
            destination.WriteLine($"Other marketing: {money.PerHour(other)}; your social-media hour earns {(result.SmAtLeastOther == true ? "at least as much" : "less")}{share}.");
        }
    }

    private static string Amount(Money money, double? value) => value is { } v ? money.Amount(v) : "–";

    private static string Ordinal(int quartile) => quartile switch { 1 => "first", 2 => "second", 3 => "third", _ => "fourth" };
}
