using System.Globalization;
using System.Text;
using RoiReport.Core.Contract;

namespace RoiReport.Site.Charts;

/// <summary>
/// The figures a chart shows, as CSV: the rows of its figures table, with the table's rounding
/// (amounts to the cent, shares to the whole percent) and blank where the table shows a dash.
/// </summary>
public static class ChartCsv
{
    public static byte[] Write(Chart chart, string currency)
    {
        var text = new StringBuilder();
        var heading = CsvText.Field(ChartKinds.RowHeading(chart.Kind));
        if (ChartKinds.ShowsShares(chart.Kind))
        {
            text.Append(heading).Append(",firms_respondents,can_attribute_sales_percent\n");
            foreach (var row in chart.Rows)
            {
                text.Append(CultureInfo.InvariantCulture, $"{Label(row)},{row.N},{Percent(row.Share)}\n");
            }
        }
        else
        {
            text.Append(heading).Append(",firms_n,p10,p25,median,p75,p90,median_ci_low,median_ci_high,unit\n");
            var unit = CsvText.Field($"{currency} per hour");
            foreach (var row in chart.Rows)
            {
                text.Append(CultureInfo.InvariantCulture,
                    $"{Label(row)},{row.N},{Cents(row.P10)},{Cents(row.P25)},{Cents(row.P50)},{Cents(row.P75)},{Cents(row.P90)},{Cents(row.CiLow)},{Cents(row.CiHigh)},{unit}\n");
            }
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string Label(ChartRow row) => CsvText.Field(row.Label.Replace('\n', ' '));

    private static string Cents(double? value) => value is { } v ? Money.Plain(v) : "";

    private static string Percent(double? share) => share is { } s ? (s * 100).ToString("0", CultureInfo.InvariantCulture) : "";
}
