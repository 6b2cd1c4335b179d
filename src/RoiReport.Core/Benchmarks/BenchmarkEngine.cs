using System.Numerics;
using RoiReport.Core.Survey;

namespace RoiReport.Core.Benchmarks;

/// <summary>Computes the peer benchmarks of every group of every wave.</summary>
public static class BenchmarkEngine
{
    public static BenchmarkReport Compute(IReadOnlyList<SurveyResponse> responses, BenchmarkSettings settings)
    {
        ArgumentNullException.ThrowIfNull(responses);
        Validate(settings);

        var waves = new List<WaveSummary>();
        var groups = new List<GroupBenchmark>();
        foreach (var wave in responses.GroupBy(r => r.Year).OrderBy(g => g.Key))
        {
            var columns = WaveColumns.From(wave.Key, wave.ToList(), settings.Dimensions);
            waves.Add(columns.Summary);
            groups.AddRange(ComputeWave(columns, settings));
        }
        var weighted = responses.Any(r => r.Weight != 1.0);
        return new BenchmarkReport(settings, weighted, waves, groups);
    }

    /// <summary>
    /// The levels of the cube, broadest first: bit d of a mask fixes dimension d. Within a level,
    /// masks ascend, which puts groups cut by earlier dimensions first.
    /// </summary>
    internal static IEnumerable<int> LevelMasks(int dimensions) =>
        Enumerable.Range(0, 1 << dimensions).OrderBy(m => BitOperations.PopCount((uint)m)).ThenBy(m => m);

    private static IEnumerable<GroupBenchmark> ComputeWave(WaveColumns wave, BenchmarkSettings settings)
    {
        var smOrder = WaveColumns.SortedDefined(wave.SocialMedia);
        var otherOrder = WaveColumns.SortedDefined(wave.Other);
        foreach (var mask in LevelMasks(settings.Dimensions.Count))
        {
            // One level at a time, so that only one level's samples are held at once.
            var (groupOf, accumulators) = DealRows(wave, mask);
            foreach (var i in smOrder)
            {
                if (groupOf[i] >= 0)
                {
                    accumulators[groupOf[i]].SocialMedia.Add(wave.SocialMedia[i], wave.Weight[i]);
                }
            }
            foreach (var i in otherOrder)
            {
                if (groupOf[i] >= 0)
                {
                    accumulators[groupOf[i]].Other.Add(wave.Other[i], wave.Weight[i]);
                }
            }
            foreach (var accumulator in accumulators.OrderBy(a => a.Codes, GroupCodes.Comparer))
            {
                yield return Finish(wave, accumulator, settings);
            }
        }
    }

    /// <summary>
    /// Assigns each row to its group at this level (or -1 where it left a fixed dimension blank)
    /// and counts its respondents.
    /// </summary>
    private static (int[] GroupOf, List<GroupAccumulator> Accumulators) DealRows(WaveColumns wave, int mask)
    {
        var dimensions = wave.Codes.Length;
        var index = new Dictionary<int[], int>(GroupCodes.Comparer);
        var accumulators = new List<GroupAccumulator>();
        var groupOf = new int[wave.Count];
        var key = new int[dimensions];
        for (var i = 0; i < wave.Count; i++)
        {
            var blank = false;
            for (var d = 0; d < dimensions; d++)
            {
                key[d] = (mask & (1 << d)) == 0 ? GroupCodes.All : wave.Codes[d][i];
                blank |= key[d] == WaveColumns.Blank;
            }
            if (blank)
            {
                groupOf[i] = -1;
                continue;
            }
            if (!index.TryGetValue(key, out var group))
            {
                group = accumulators.Count;
                var codes = (int[])key.Clone();
                index[codes] = group;
                accumulators.Add(new GroupAccumulator(codes));
            }
            groupOf[i] = group;
            accumulators[group].AddRespondent(wave.Weight[i], wave.Attributing[i], wave.SocialMedia[i], wave.Other[i]);
        }
        return (groupOf, accumulators);
    }

    private static GroupBenchmark Finish(WaveColumns wave, GroupAccumulator group, BenchmarkSettings settings)
    {
        var key = KeyOf(wave, group.Codes, settings.Dimensions);
        var n = group.SocialMedia.Count;
        if (n < settings.MinN)
        {
            return new GroupBenchmark(key, group.Respondents, n, Suppressed: true,
                null, null, null, null, null, null, null);
        }
        var otherN = group.Other.Count;
        return new GroupBenchmark(
            key,
            group.Respondents,
            n,
            Suppressed: false,
            HourlyReturn: ChannelStatisticsCalculator.Compute(group.SocialMedia, settings),
            OtherHourlyReturn: otherN >= settings.MinN ? ChannelStatisticsCalculator.Compute(group.Other, settings) : null,
            SharePositive: ChannelStatisticsCalculator.SharePositive(group.SocialMedia),
            ShareAttributing: group.AttributingWeight.Value / group.RespondentWeight.Value,
            ShareSmGeOther: group.BothN >= settings.MinN ? group.SmAtLeastOtherWeight.Value / group.BothWeight.Value : null,
            OtherN: otherN,
            BothN: group.BothN);
    }

    private static PeerGroupKey KeyOf(WaveColumns wave, int[] codes, IReadOnlyList<Dimension> dimensions)
    {
        string? Label(Dimension dimension)
        {
            var d = IndexOf(dimensions, dimension);
            return d < 0 || codes[d] == GroupCodes.All ? null : wave.Labels[d][codes[d]];
        }
        return new PeerGroupKey(wave.Summary.Year, Label(Dimension.Segment), Label(Dimension.Industry), Label(Dimension.Employees), Label(Dimension.Region));
    }

    private static int IndexOf(IReadOnlyList<Dimension> dimensions, Dimension dimension)
    {
        for (var d = 0; d < dimensions.Count; d++)
        {
            if (dimensions[d] == dimension)
            {
                return d;
            }
        }
        return -1;
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
