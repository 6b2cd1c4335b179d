using System.Globalization;

namespace RoiReport.Site.Charts;

/// <summary>The text alternative of a chart, written from its figures.</summary>
public static class ChartText
{
    public static string Alternative(Chart chart, Money money)
    {
        var rows = chart.Rows.Select(r => chart.Kind switch
        {
            ChartKind.Trend => TrendRow(r, money),
            ChartKind.AttributingBySalesCycle => ShareRow(r),
            _ => BoxRow(r, money),
        });
        var intro = chart.Kind switch
        {
            ChartKind.Trend => "Line chart of the median by survey wave.",
            ChartKind.Distribution => "Box chart of how the hourly return is spread across firms.",
            ChartKind.Gap => "Box chart of how far each firm's social-media hourly return is above (or below) its other-marketing one.",
            ChartKind.AttributingBySalesCycle => "Bar chart of the share of firms that can attribute sales to social media.",
            _ => "Box chart: each box spans the middle half of firms, its line is the median, its whiskers the 10th to 90th percentiles where published.",
        };
        return $"{chart.Title}. {intro} {string.Join(" ", rows)}";
    }

    private static string BoxRow(ChartRow r, Money money)
    {
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{r.Label.Replace('\n', ' ')} ({r.N:N0} firms): median {money.PerHour(r.P50!.Value)}; the middle half from {money.Amount(r.P25!.Value)} to {money.Amount(r.P75!.Value)}");
        if (r.P10 is { } p10 && r.P90 is { } p90)
        {
            text += $"; the 10th to 90th percentile from {money.Amount(p10)} to {money.Amount(p90)}";
        }
        return text + ".";
    }

    private static string ShareRow(ChartRow r) =>
        string.Create(CultureInfo.InvariantCulture, $"{r.Label.Replace('\n', ' ')} ({r.N:N0} firms): {r.Share!.Value * 100:0}%.");

    private static string TrendRow(ChartRow r, Money money)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{r.Label} ({r.N:N0} firms): median {money.PerHour(r.P50!.Value)}");
        if (r.CiLow is { } low && r.CiHigh is { } high)
        {
            text += $" (95% confidence interval {money.Amount(low)} to {money.Amount(high)})";
        }
        return text + ".";
    }
}
