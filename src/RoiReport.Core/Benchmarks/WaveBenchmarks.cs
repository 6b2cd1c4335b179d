using RoiReport.Core.Statistics;
using RoiReport.Core.Survey;

namespace RoiReport.Core.Benchmarks;

/// <summary>
/// Every peer group of one wave. Each firm is read once, into its cell (its labels of all the
/// peer-group dimensions); a group's totals are the merged totals of its cells. Each channel's
/// returns are sorted once for the whole wave, and each level of the cube deals them out to its
/// groups in that order, so no group is sorted again.
/// </summary>
internal static class WaveBenchmarks
{
    public static List<GroupBenchmark> Compute(WaveTable wave, BenchmarkSettings settings)
    {
        var results = new List<GroupBenchmark>();
        var dimensions = settings.Dimensions;
        var weighted = wave.Weighted;
        var (cellOf, cellCodes) = Cells(wave, dimensions);
        var cellTotals = new GroupTotals[cellCodes.Count];
        for (var c = 0; c < cellTotals.Length; c++)
        {
            cellTotals[c] = new GroupTotals(weighted);
        }
        var sm = wave.SocialMedia;
        var other = wave.Other;
        var status = wave.SocialMediaStatus;
        var weights = wave.Weights;
        for (var i = 0; i < wave.Count; i++)
        {
            cellTotals[cellOf[i]].AddRespondent(weighted ? weights[i] : 1.0, status[i] != ReturnStatus.SalesBlank, sm[i], other[i]);
        }

        // The two channels sort at once, on two cores.
        var otherTask = Task.Run(() => SortedChannel.Of(wave.Other, wave.Weights, cellOf));
        var sortedSm = SortedChannel.Of(sm, weights, cellOf);
        var sortedOther = otherTask.GetAwaiter().GetResult();
        var smSample = new LevelSample(sortedSm);
        var otherSample = new LevelSample(sortedOther);
        var ones = weighted ? [] : Ones(Math.Max(sortedSm.Count, sortedOther.Count));

        foreach (var mask in LevelMasks(dimensions.Count))
        {
            var (groupOfCell, groups) = Level(mask, cellCodes, cellTotals, weighted);
            smSample.Deal(groupOfCell, [.. groups.Select(g => g.Totals.SocialMedia.N)]);
            otherSample.Deal(groupOfCell, [.. groups.Select(g => g.Totals.Other.N)]);
            var order = Enumerable.Range(0, groups.Count).OrderBy(g => groups[g].Codes, GroupCodes.Comparer);
            foreach (var g in order)
            {
                results.Add(Finish(wave, dimensions, groups[g].Codes, groups[g].Totals,
                    smSample.Values(g), smSample.Cumulative(g, ones), otherSample.Values(g), otherSample.Cumulative(g, ones), settings));
            }
        }
        return results;
    }

    /// <summary>
    /// The levels of the cube, broadest first: bit d of a mask fixes dimension d. Within a level,
    /// masks ascend, which puts groups cut by earlier dimensions first.
    /// </summary>
    internal static IEnumerable<int> LevelMasks(int dimensions) =>
        Enumerable.Range(0, 1 << dimensions).OrderBy(m => System.Numerics.BitOperations.PopCount((uint)m)).ThenBy(m => m);

    /// <summary>Each firm's cell, and each cell's code per dimension (in settings order).</summary>
    private static (int[] CellOf, List<int[]> CellCodes) Cells(WaveTable wave, IReadOnlyList<Dimension> dimensions)
    {
        // A firm's codes as one number in mixed radix (a blank is digit 0), then cells numbered as they appear.
        var combination = new long[wave.Count];
        long radix = 1;
        foreach (var dimension in dimensions)
        {
            var codes = wave.Codes(dimension);
            for (var i = 0; i < codes.Length; i++)
            {
                combination[i] += (codes[i] + 1) * radix;
            }
            radix = checked(radix * (wave.Labels(dimension).Count + 1));
        }
        var cellOf = new int[wave.Count];
        var cellCodes = new List<int[]>();
        var index = new Dictionary<long, int>();
        for (var i = 0; i < combination.Length; i++)
        {
            if (!index.TryGetValue(combination[i], out var cell))
            {
                cell = cellCodes.Count;
                index[combination[i]] = cell;
                cellCodes.Add([.. dimensions.Select(d => wave.Codes(d)[i])]);
            }
            cellOf[i] = cell;
        }
        return (cellOf, cellCodes);
    }

    /// <summary>The groups of one level: each cell's group (or -1 where it left a fixed dimension blank), and each group's merged totals.</summary>
    private static (int[] GroupOfCell, List<(int[] Codes, GroupTotals Totals)> Groups) Level(int mask, List<int[]> cellCodes, GroupTotals[] cellTotals, bool weighted)
    {
        var groupOfCell = new int[cellCodes.Count];
        var groups = new List<(int[] Codes, GroupTotals Totals)>();
        var index = new Dictionary<int[], int>(GroupCodes.Comparer);
        for (var c = 0; c < cellCodes.Count; c++)
        {
            var codes = new int[cellCodes[c].Length];
            var blank = false;
            for (var d = 0; d < codes.Length; d++)
            {
                codes[d] = (mask & (1 << d)) == 0 ? GroupCodes.All : cellCodes[c][d];
                blank |= codes[d] == WaveTable.Blank;
            }
            if (blank)
            {
                groupOfCell[c] = -1;
                continue;
            }
            if (!index.TryGetValue(codes, out var group))
            {
                group = groups.Count;
                index[codes] = group;
                groups.Add((codes, new GroupTotals(weighted)));
            }
            groupOfCell[c] = group;
            groups[group].Totals.Add(cellTotals[c]);
        }
        return (groupOfCell, groups);
    }

    private static GroupBenchmark Finish(WaveTable wave, IReadOnlyList<Dimension> dimensions, int[] codes, GroupTotals group,
        ReadOnlySpan<double> sm, ReadOnlySpan<double> smCumulative, ReadOnlySpan<double> other, ReadOnlySpan<double> otherCumulative, BenchmarkSettings settings)
    {
        var key = KeyOf(wave, codes, dimensions);
        var n = group.SocialMedia.N;
        if (n < settings.MinN)
        {
            return new GroupBenchmark(key, group.Respondents, n, Suppressed: true, null, null, null, null, null, null, null);
        }
        var otherN = group.Other.N;
        return new GroupBenchmark(
            key,
            group.Respondents,
            n,
            Suppressed: false,
            HourlyReturn: ChannelStatisticsCalculator.Compute(sm, smCumulative, group.SocialMedia.Mean, settings),
            OtherHourlyReturn: otherN >= settings.MinN ? ChannelStatisticsCalculator.Compute(other, otherCumulative, group.Other.Mean, settings) : null,
            SharePositive: group.SocialMedia.SharePositive,
            ShareAttributing: group.AttributingWeight.Value / group.RespondentWeight.Value,
            ShareSmGeOther: group.BothN >= settings.MinN ? group.SmAtLeastOtherWeight.Value / group.BothWeight.Value : null,
            OtherN: otherN,
            BothN: group.BothN);
    }

    private static PeerGroupKey KeyOf(WaveTable wave, int[] codes, IReadOnlyList<Dimension> dimensions)
    {
        string? Label(Dimension dimension)
        {
            for (var d = 0; d < dimensions.Count; d++)
            {
                if (dimensions[d] == dimension)
                {
                    return codes[d] == GroupCodes.All ? null : wave.Labels(dimension)[codes[d]];
                }
            }
            return null;
        }
        return new PeerGroupKey(wave.Year, Label(Dimension.Segment), Label(Dimension.Industry), Label(Dimension.Employees), Label(Dimension.Region));
    }

    /// <summary>1, 2, 3, …: the running totals of weights that are all 1.</summary>
    private static double[] Ones(int count)
    {
        var ones = new double[count];
        for (var i = 0; i < count; i++)
        {
            ones[i] = i + 1;
        }
        return ones;
    }

    /// <summary>One channel's sorted returns dealt out to the groups of a level, each group's in one run of a shared buffer.</summary>
    private sealed class LevelSample(SortedChannel channel)
    {
        private readonly double[] _values = new double[channel.Count];
        private readonly double[]? _weights = channel.Weights is null ? null : new double[channel.Count];
        private int[] _start = [];
        private int[] _count = [];

        public void Deal(int[] groupOfCell, int[] counts)
        {
            _count = counts;
            _start = new int[counts.Length];
            for (int g = 0, offset = 0; g < counts.Length; offset += counts[g], g++)
            {
                _start[g] = offset;
            }
            var next = (int[])_start.Clone();
            for (var k = 0; k < channel.Count; k++)
            {
                var group = groupOfCell[channel.Cells[k]];
                if (group >= 0)
                {
                    var at = next[group]++;
                    _values[at] = channel.Values[k];
                    if (_weights is not null)
                    {
                        _weights[at] = channel.Weights![k];
                    }
                }
            }
        }

        /// <summary>A group's values, in ascending order; valid until the next <see cref="Deal"/>.</summary>
        public ReadOnlySpan<double> Values(int group) => _values.AsSpan(_start[group], _count[group]);

        /// <summary>The running totals of a group's weights, in the order of its values.</summary>
        public ReadOnlySpan<double> Cumulative(int group, double[] ones) => _weights is null
            ? ones.AsSpan(0, _count[group])
            : WeightedPositions.Cumulative(_weights.AsSpan(_start[group], _count[group]));
    }
}
