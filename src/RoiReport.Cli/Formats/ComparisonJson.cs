using System.Text;
using System.Text.Json;
using RoiReport.Core.Comparison;
using RoiReport.Core.Contract;

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
            json.WriteStringOrNull("segment", key.Segment);
            json.WriteStringOrNull("industry", key.Industry);
            json.WriteStringOrNull("employees", key.Employees);
            json.WriteEndObject();
            json.WriteNumber("n", result.Group.N);
            json.WriteNumber("hourly_return", result.HourlyReturn);
            json.WriteNumberOrNull("percentile", result.Percentile.Percentile);
            json.WriteStringOrNull("bound", result.Percentile.Bound);
            json.WriteStringOrNull("quantile", result.Percentile.Quantile);
            json.WriteNumberOrNull("quartile", result.Quartile);
            json.WriteStartObject("quantiles");
            json.WriteNumberOrNull("p10", published.P10);
            json.WriteNumberOrNull("p25", published.P25);
            json.WriteNumberOrNull("p50", published.P50);
            json.WriteNumberOrNull("p75", published.P75);
            json.WriteNumberOrNull("p90", published.P90);
            json.WriteEndObject();
            json.WriteStartArray("skipped");
            foreach (var skipped in result.Skipped)
            {
                json.WriteStartObject();
                json.WriteStringOrNull("segment", skipped.Segment);
                json.WriteStringOrNull("industry", skipped.Industry);
                json.WriteStringOrNull("employees", skipped.Employees);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteNumberOrNull("other_hourly_return", result.OtherHourlyReturn);
            if (result.SmAtLeastOther is { } atLeast)
            {
                json.WriteBoolean("sm_ge_other", atLeast);
            }
            else
            {
                json.WriteNull("sm_ge_other");
            }
            json.WriteNumberOrNull("share_sm_ge_other", result.Group.ShareSmGeOther);
            json.WriteEndObject();
        }
        destination.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
