using System.Text;
using System.Text.Json;
using RoiReport.Core.Comparison;

namespace RoiReport.Cli.Formats;

/// <summary>The comparison as JSON: the public contract of roireport compare --format json.</summary>
internal static class ComparisonJson
{
    public static void Write(ComparisonResult result, TextWriter destination)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            var key = result.Group.Key;
            var published = result.Group.HourlyReturn!;
            json.WriteStartObject();
            json.WriteStartObject("group");
            json.WriteNumber("year", key.Year);
            String(json, "segment", key.Segment);
            String(json, "industry", key.Industry);
            String(json, "employees", key.Employees);
            json.WriteEndObject();
            json.WriteNumber("n", result.Group.N);
            json.WriteNumber("hourly_return", result.HourlyReturn);
            Number(json, "percentile", result.Percentile.Percentile);
            String(json, "bound", result.Percentile.Bound);
            String(json, "quantile", result.Percentile.Quantile);
            Number(json, "quartile", result.Quartile);
            json.WriteStartObject("quantiles");
            Number(json, "p10", published.P10);
            Number(json, "p25", published.P25);
            Number(json, "p50", published.P50);
            Number(json, "p75", published.P75);
            Number(json, "p90", published.P90);
            json.WriteEndObject();
            json.WriteStartArray("skipped");
            foreach (var skipped in result.Skipped)
            {
                json.WriteStartObject();
                String(json, "segment", skipped.Segment);
                String(json, "industry", skipped.Industry);
                String(json, "employees", skipped.Employees);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            Number(json, "other_hourly_return", result.OtherHourlyReturn);
            if (result.SmAtLeastOther is { } atLeast)
            {
                json.WriteBoolean("sm_ge_other", atLeast);
            }
            else
            {
                json.WriteNull("sm_ge_other");
            }
            Number(json, "share_sm_ge_other", result.Group.ShareSmGeOther);
            json.WriteEndObject();
        }
        destination.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void String(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
