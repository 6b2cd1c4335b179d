using RoiReport.Core.Survey;

namespace RoiReport.Core.Benchmarks;

/// <summary>Computes the peer benchmarks of every group of every wave.</summary>
public static class BenchmarkEngine
{
    public static BenchmarkReport Compute(IReadOnlyList<SurveyResponse> responses, BenchmarkSettings settings)
    {
        ArgumentNullException.ThrowIfNull(responses);
        return Compute(SurveyTable.From(responses, settings.Cuts), settings);
    }

    public static BenchmarkReport Compute(SurveyTable table, BenchmarkSettings settings)
    {
        ArgumentNullException.ThrowIfNull(table);
        Validate(settings);
        var waves = table.Waves.Select(w => new WaveSummary(w.Year, w.Count, w.SocialMediaCounts, w.OtherCounts)).ToList();
        var computed = table.Waves.Select(w => WaveBenchmarks.Compute(w, settings)).ToList();
        return new BenchmarkReport(settings, table.Weighted, waves, [.. computed.SelectMany(w => w.Groups)])
        {
            Cuts = [.. computed.SelectMany(w => w.Cuts)],
        };
    }

    private static void Validate(BenchmarkSettings settings)
    {
        if (settings.MinN < BenchmarkSettings.MinNFloor)
        {
            throw new ArgumentOutOfRangeException(nameof(settings), settings.MinN, $"min_n may not be below {BenchmarkSettings.MinNFloor}.");
        }
        if (settings.Dimensions.Count == 0 || settings.Dimensions.Distinct().Count() != settings.Dimensions.Count)
        {
            throw new ArgumentException("Peer groups need one or more distinct dimensions.", nameof(settings));
        }
    }
}
