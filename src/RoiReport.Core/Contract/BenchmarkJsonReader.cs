using System.Text.Json;
using RoiReport.Core.Benchmarks;
using RoiReport.Core.Survey;

namespace RoiReport.Core.Contract;

/// <summary>Reads the <c>roireport.benchmarks/2</c> JSON that <see cref="BenchmarkJson"/> writes.</summary>
public static class BenchmarkJsonReader
{
    /// <summary>The report, or an <see cref="InvalidDataException"/> that says what is wrong with the file.</summary>
    public static BenchmarkReport Read(Stream source)
    {
        try
        {
            using var document = JsonDocument.Parse(source);
            var root = document.RootElement;
            if (root.TryGetProperty("schema", out var schema) && schema.GetString() == "roireport.benchmarks/1")
            {
                throw new InvalidDataException("written by an earlier RoiReport (roireport.benchmarks/1, whose means and shares are not protected); compute it again with 'roireport benchmark'");
            }
            if (schema.ValueKind != JsonValueKind.String || schema.GetString() != BenchmarkJson.Schema)
            {
                throw new InvalidDataException($"not a benchmark file, expected \"schema\": \"{BenchmarkJson.Schema}\"");
            }
            var settings = root.GetProperty("settings");
            var benchmark = BenchmarkSettings.Default with
            {
                Dimensions = [.. settings.GetProperty("dimensions").EnumerateArray().Select(d => DimensionNames.TryParse(d.GetString() ?? "", out var dimension) ? dimension : throw new InvalidDataException($"unknown dimension '{d}'"))],
                MinN = settings.GetProperty("min_n").GetInt32(),
                Cuts = CutSettingsOf(settings),
            };
            var waves = root.GetProperty("waves").EnumerateArray().Select(w => new WaveSummary(
                w.GetProperty("year").GetInt32(),
                w.GetProperty("respondents").GetInt32(),
                Exclusions(w.GetProperty("hourly_return")),
                Exclusions(w.GetProperty("other_hourly_return")))).ToList();
            var groups = root.GetProperty("groups").EnumerateArray().Select(Group).ToList();
            var cuts = root.GetProperty("cuts").EnumerateArray().Select(Cut).ToList();
            return new BenchmarkReport(benchmark, settings.GetProperty("weighted").GetBoolean(), waves, groups) { Cuts = cuts };
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"not a valid benchmark file ({e.Message})", e);
        }
    }

    private static ExclusionCounts Exclusions(JsonElement e) => new(
        e.GetProperty("defined").GetInt32(), e.GetProperty("sales_blank").GetInt32(), e.GetProperty("hours_blank").GetInt32(),
        e.GetProperty("hours_zero").GetInt32(), e.GetProperty("costs_blank").GetInt32());

    private static CutSettings CutSettingsOf(JsonElement settings)
    {
        var cuts = settings.GetProperty("cuts");
        var edges = new Dictionary<CutColumn, IReadOnlyList<double>>();
        var platform = false;
        foreach (var cut in cuts.EnumerateObject())
        {
            var column = CutNames.TryParse(cut.Name, out var c) ? c : throw new InvalidDataException($"unknown cut '{cut.Name}'");
            if (column == CutColumn.SmPrimaryPlatform)
            {
                platform = true;
            }
            else
            {
                edges[column] = [.. cut.Value.EnumerateArray().Select(e => e.GetDouble())];
            }
        }
        return new CutSettings { PeriodMonths = settings.GetProperty("period_months").GetDouble(), Edges = edges, Platform = platform };
    }

    private static CutBenchmark Cut(JsonElement c) => new(
        CutNames.TryParse(c.GetProperty("cut").GetString() ?? "", out var column) ? column : throw new InvalidDataException($"unknown cut '{c.GetProperty("cut")}'"),
        new Band(c.GetProperty("band").GetString() ?? throw new InvalidDataException("a cut's band has no label"), Number(c, "lower"), Number(c, "upper")),
        Group(c));

    private static GroupBenchmark Group(JsonElement g) => new(
        new PeerGroupKey(g.GetProperty("year").GetInt32(), Text(g, "segment"), Text(g, "industry"), Text(g, "employees"), Text(g, "region")),
        g.GetProperty("respondents").GetInt32(),
        g.GetProperty("n").GetInt32(),
        g.GetProperty("suppressed").GetBoolean(),
        Channel(g.GetProperty("hourly_return")),
        Channel(g.GetProperty("other_hourly_return")),
        Number(g, "share_positive"),
        Number(g, "share_attributing"),
        Number(g, "share_sm_ge_other"),
        g.GetProperty("n_other").GetInt32(),
        g.GetProperty("n_both").GetInt32())
    {
        SmMinusOther = Channel(g.GetProperty("sm_minus_other")),
        SharePositiveBounds = g.GetProperty("share_positive_bounds") is { ValueKind: JsonValueKind.Array } b ? new ShareBounds(b[0].GetDouble(), b[1].GetDouble()) : null,
        ShareAboveStaffCost = Number(g, "share_above_staff_cost"),
        StaffCostN = g.GetProperty("n_staff_cost").GetInt32(),
    };

    private static ChannelStatistics? Channel(JsonElement c) => c.ValueKind == JsonValueKind.Null ? null : new ChannelStatistics(
        c.GetProperty("n").GetInt32(),
        Number(c, "p10"), Number(c, "p25"), Number(c, "p50"), Number(c, "p75"), Number(c, "p90"),
        c.TryGetProperty("mean", out _) ? Number(c, "mean") : null,
        c.GetProperty("p50_ci95") is { ValueKind: JsonValueKind.Array } ci ? new ConfidenceInterval(ci[0].GetDouble(), ci[1].GetDouble()) : null);

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static double? Number(JsonElement e, string name) =>
        e.GetProperty(name) is { ValueKind: JsonValueKind.Number } value ? value.GetDouble() : null;
}
