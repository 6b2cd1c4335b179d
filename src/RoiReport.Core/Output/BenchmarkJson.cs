using System.Text.Json;
using RoiReport.Core.Benchmarks;
using RoiReport.Core.Survey;

namespace RoiReport.Core.Output;

/// <summary>
/// Writes a <see cref="BenchmarkReport"/> as the public JSON contract <c>roireport.benchmarks/1</c>,
/// which the site and the peer comparison read. Numbers are written in their shortest round-trip form.
/// </summary>
public static class BenchmarkJson
{
    public const string Schema = "roireport.benchmarks/1";

    public static void Write(BenchmarkReport report, Stream destination)
    {
        using var json = new Utf8JsonWriter(destination, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("schema", Schema);
        WriteSettings(json, report);
        json.WriteStartArray("waves");
        foreach (var wave in report.Waves)
        {
            json.WriteStartObject();
            json.WriteNumber("year", wave.Year);
            json.WriteNumber("respondents", wave.Respondents);
            WriteExclusions(json, "hourly_return", wave.SocialMedia);
            WriteExclusions(json, "other_hourly_return", wave.OtherMarketing);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("groups");
        foreach (var group in report.Groups)
        {
            WriteGroup(json, group, report.Settings);
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteSettings(Utf8JsonWriter json, BenchmarkReport report)
    {
        var settings = report.Settings;
        json.WriteStartObject("settings");
        json.WriteStartArray("dimensions");
        foreach (var dimension in settings.Dimensions)
        {
            json.WriteStringValue(DimensionNames.ColumnName(dimension));
        }
        json.WriteEndArray();
        json.WriteNumber("min_n", settings.MinN);
        json.WriteNumber("min_n_tails", settings.TailMinN);
        json.WriteString("quantile_method", "hyndman-fan-7");
        json.WriteString("median_ci_method", "order-statistics-binomial");
        json.WriteNumber("confidence_level", settings.ConfidenceLevel);
        json.WriteString("blank_direct_costs", "undefined");
        json.WriteBoolean("weighted", report.Weighted);
        json.WriteEndObject();
    }

    private static void WriteExclusions(Utf8JsonWriter json, string name, ExclusionCounts counts)
    {
        json.WriteStartObject(name);
        json.WriteNumber("defined", counts.Defined);
        json.WriteNumber("sales_blank", counts.SalesBlank);
        json.WriteNumber("hours_blank", counts.HoursBlank);
        json.WriteNumber("hours_zero", counts.HoursZero);
        json.WriteNumber("costs_blank", counts.CostsBlank);
        json.WriteEndObject();
    }

    private static void WriteGroup(Utf8JsonWriter json, GroupBenchmark group, BenchmarkSettings settings)
    {
        var key = group.Key;
        json.WriteStartObject();
        json.WriteNumber("year", key.Year);
        json.WriteStringOrNull("segment", key.Segment);
        json.WriteStringOrNull("industry", key.Industry);
        json.WriteStringOrNull("employees", key.Employees);
        if (settings.Dimensions.Contains(Dimension.Region))
        {
            json.WriteStringOrNull("region", key.Region);
        }
        json.WriteNumber("respondents", group.Respondents);
        json.WriteNumber("n", group.N);
        json.WriteBoolean("suppressed", group.Suppressed);
        WriteChannel(json, "hourly_return", group.HourlyReturn);
        WriteChannel(json, "other_hourly_return", group.OtherHourlyReturn);
        json.WriteNumberOrNull("share_positive", group.SharePositive);
        json.WriteNumberOrNull("share_attributing", group.ShareAttributing);
        json.WriteNumberOrNull("share_sm_ge_other", group.ShareSmGeOther);
        json.WriteNumberOrNull("n_other", group.OtherN);
        json.WriteNumberOrNull("n_both", group.BothN);
        json.WriteEndObject();
    }

    private static void WriteChannel(Utf8JsonWriter json, string name, ChannelStatistics? statistics)
    {
        if (statistics is null)
        {
            json.WriteNull(name);
            return;
        }
        json.WriteStartObject(name);
        json.WriteNumber("n", statistics.N);
        json.WriteNumberOrNull("p10", statistics.P10);
        json.WriteNumberOrNull("p25", statistics.P25);
        json.WriteNumberOrNull("p50", statistics.P50);
        json.WriteNumberOrNull("p75", statistics.P75);
        json.WriteNumberOrNull("p90", statistics.P90);
        json.WriteNumber("mean", statistics.Mean);
        if (statistics.P50Ci95 is { } ci)
        {
            json.WriteStartArray("p50_ci95");
            json.WriteNumberValue(ci.Low);
            json.WriteNumberValue(ci.High);
            json.WriteEndArray();
        }
        else
        {
            json.WriteNull("p50_ci95");
        }
        json.WriteEndObject();
    }
}
