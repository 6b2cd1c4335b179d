using System.Text.Json;
using RoiReport.Core.Benchmarks;
using RoiReport.Core.Disclosure;
using RoiReport.Core.Survey;

namespace RoiReport.Core.Contract;

/// <summary>
/// Writes a <see cref="BenchmarkReport"/> as the public JSON contract <c>roireport.benchmarks/2</c>,
/// which the site and the peer comparison read. Numbers are written in their shortest round-trip form.
/// Version 2 made the means and shares protected figures (see <see cref="DisclosureRules"/>) and
/// publishes every group's counts; it also carries the cuts (one-dimensional breakdowns of each wave).
/// </summary>
public static class BenchmarkJson
{
    public const string Schema = "roireport.benchmarks/2";

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
        json.WriteStartArray("cuts");
        foreach (var cut in report.Cuts)
        {
            WriteCut(json, cut);
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
        WriteCutSettings(json, settings.Cuts);
        WriteDisclosure(json);
        json.WriteEndObject();
    }

    /// <summary>The disclosure control's method and parameters, so that a reader knows which figures are exact.</summary>
    private static void WriteDisclosure(Utf8JsonWriter json)
    {
        json.WriteStartObject("disclosure");
        json.WriteString("method", DisclosureRules.Method);
        json.WriteStartArray("exact");
        foreach (var name in new[] { "respondents", "n", "n_other", "n_both", "n_staff_cost", "p10", "p25", "p50", "p75", "p90", "p50_ci95", "sm_minus_other" })
        {
            json.WriteStringValue(name);
        }
        json.WriteEndArray();
        json.WriteStartArray("protected");
        foreach (var figure in ProtectedFigures.All)
        {
            json.WriteStringValue(ProtectedFigures.Name(figure));
        }
        json.WriteEndArray();
        json.WriteStartObject("min_error_withheld");
        json.WriteNumber("relative", DisclosureRules.MinRelativeError);
        json.WriteNumber("per_hour", DisclosureRules.MinMeanError);
        json.WriteNumber("firms", DisclosureRules.MinCountError);
        json.WriteEndObject();
        json.WriteStartArray("margin");
        json.WriteNumberValue(DisclosureRules.MarginLow);
        json.WriteNumberValue(DisclosureRules.MarginHigh);
        json.WriteEndArray();
        json.WriteStartObject("max_error_published");
        json.WriteNumber("relative", DisclosureRules.MaxMeanRelativeError);
        json.WriteNumber("per_hour", DisclosureRules.MaxMeanError);
        json.WriteNumber("share", DisclosureRules.MaxShareError);
        json.WriteEndObject();
        json.WriteStartObject("max_error_large_groups");
        json.WriteNumber("n", DisclosureRules.LargeGroup);
        json.WriteNumber("relative", DisclosureRules.LargeGroupMeanRelativeError);
        json.WriteNumber("per_hour", DisclosureRules.LargeGroupMeanError);
        json.WriteNumber("share", DisclosureRules.LargeGroupShareError);
        json.WriteEndObject();
        json.WriteString("noise_key", "sha-256 of the survey data");
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

    /// <summary>The survey period and each cut's inner band edges ("labels" for a cut with one band per label).</summary>
    private static void WriteCutSettings(Utf8JsonWriter json, CutSettings cuts)
    {
        json.WriteNumber("period_months", cuts.PeriodMonths);
        json.WriteStartObject("cuts");
        foreach (var column in cuts.Columns)
        {
            if (column == CutColumn.SmPrimaryPlatform)
            {
                json.WriteString(CutNames.Name(column), "labels");
                continue;
            }
            json.WriteStartArray(CutNames.Name(column));
            foreach (var edge in cuts.Edges[column])
            {
                json.WriteNumberValue(edge);
            }
            json.WriteEndArray();
        }
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
        WriteFigures(json, group);
        json.WriteEndObject();
    }

    private static void WriteCut(Utf8JsonWriter json, CutBenchmark cut)
    {
        json.WriteStartObject();
        json.WriteNumber("year", cut.Year);
        json.WriteStringOrNull("segment", cut.Segment);
        json.WriteString("cut", CutNames.Name(cut.Cut));
        json.WriteString("band", cut.Band.Label);
        json.WriteNumberOrNull("lower", cut.Band.Lower);
        json.WriteNumberOrNull("upper", cut.Band.Upper);
        WriteFigures(json, cut.Figures);
        json.WriteEndObject();
    }

    /// <summary>What a group and a cut's band publish alike, from their counts on.</summary>
    private static void WriteFigures(Utf8JsonWriter json, GroupBenchmark group)
    {
        json.WriteNumber("respondents", group.Respondents);
        json.WriteNumber("n", group.N);
        json.WriteBoolean("suppressed", group.Suppressed);
        WriteChannel(json, "hourly_return", group.HourlyReturn);
        WriteChannel(json, "other_hourly_return", group.OtherHourlyReturn);
        json.WriteNumberOrNull("share_positive", group.SharePositive);
        json.WriteNumberOrNull("share_attributing", group.ShareAttributing);
        json.WriteNumberOrNull("share_sm_ge_other", group.ShareSmGeOther);
        json.WriteNumber("n_other", group.OtherN);
        json.WriteNumber("n_both", group.BothN);
        WriteChannel(json, "sm_minus_other", group.SmMinusOther, mean: false);
        WritePair(json, "share_positive_bounds", group.SharePositiveBounds is { } bounds ? (bounds.Low, bounds.High) : null);
        json.WriteNumberOrNull("share_above_staff_cost", group.ShareAboveStaffCost);
        json.WriteNumber("n_staff_cost", group.StaffCostN);
    }

    private static void WriteChannel(Utf8JsonWriter json, string name, ChannelStatistics? statistics, bool mean = true)
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
        if (mean)
        {
            json.WriteNumberOrNull("mean", statistics.Mean);
        }
        WritePair(json, "p50_ci95", statistics.P50Ci95 is { } ci ? (ci.Low, ci.High) : null);
        json.WriteEndObject();
    }

    /// <summary>An interval as a two-number array, or null.</summary>
    private static void WritePair(Utf8JsonWriter json, string name, (double Low, double High)? pair)
    {
        if (pair is not var (low, high))
        {
            json.WriteNull(name);
            return;
        }
        json.WriteStartArray(name);
        json.WriteNumberValue(low);
        json.WriteNumberValue(high);
        json.WriteEndArray();
    }
}
