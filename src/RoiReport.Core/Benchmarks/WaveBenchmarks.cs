using System.Runtime.InteropServices;
using RoiReport.Core.Disclosure;
using RoiReport.Core.Statistics;
using RoiReport.Core.Survey;

namespace RoiReport.Core.Benchmarks;

/// <summary>
/// Every peer group of one wave. Each firm is read once, into its cell (its labels of all the
/// peer-group dimensions); a group's totals are the merged totals of its cells. Each channel's
/// returns are sorted once for the whole wave, and each level of the cube deals them out to its
/// groups in that order, so no group is sorted again. The figures that are totals in disguise are
/// published as adjusted by <see cref="DisclosureControl"/>, cell by cell.
/// </summary>
internal static class WaveBenchmarks
{
    public static (List<GroupBenchmark> Groups, List<CutBenchmark> Cuts) Compute(WaveTable wave, BenchmarkSettings settings)
    {
        var results = new List<GroupBenchmark>();
        var dimensions = settings.Dimensions;
        var weighted = wave.Weighted;
        var (cellOf, cellCodes) = Cells(wave, dimensions);
        var cellTotals = CellTotals(wave, cellOf, cellCodes.Count);
        var cube = CubeGroup.Enumerate(cellCodes, dimensions.Count);
        var protection = DisclosureControl.Protect(wave.Year, cellCodes, cellTotals, cube, settings);

        // The three samples (each channel, and each firm's gap between them) sort at once.
        var otherTask = Task.Run(() => SortedChannel.Of(wave.Other, wave.Weights, cellOf));
        var gapTask = Task.Run(() => SortedChannel.OfDifference(wave.SocialMedia, wave.Other, wave.Weights, cellOf));
        var sortedSm = SortedChannel.Of(wave.SocialMedia, wave.Weights, cellOf);
        var samples = new Samples(new LevelSample(sortedSm), new LevelSample(otherTask.GetAwaiter().GetResult()), new LevelSample(gapTask.GetAwaiter().GetResult()));
        var ones = weighted ? [] : Ones(Math.Max(sortedSm.Count, samples.Other.Count));

        foreach (var level in cube.Select((group, index) => (group, index)).Where(g => !g.group.Virtual).GroupBy(g => g.group.Mask))
        {
            var (groupOfCell, groups) = Level([.. level], cellCodes.Count, cellTotals, weighted);
            samples.Deal(SortedCells.OfCube, groupOfCell, groups);
            for (var g = 0; g < groups.Count; g++)
            {
                var (group, cubeIndex, totals) = groups[g];
                var figures = Protected(totals, group, cubeIndex, protection, settings);
                results.Add(Finish(KeyOf(wave, group.Codes, dimensions), totals, figures, samples, g, ones, settings));
            }
        }
        var cuts = wave.Cuts.SelectMany(cut => Cut(wave, cut, cellOf, cellCodes, cube, protection, samples, ones, settings)).ToList();
        return (results, cuts);
    }

    /// <summary>
    /// One cut of the wave: each band, for all firms and for each segment. Its cells split the cube's
    /// by segment and band (a blank band included), and it is protected as one table with the cube's
    /// groups, which keep their adjustments (<see cref="DisclosureControl.ProtectCut"/>).
    /// </summary>
    private static IEnumerable<CutBenchmark> Cut(WaveTable wave, WaveCut cut, int[] cubeCellOf, List<int[]> cubeCellCodes, List<CubeGroup> cube,
        WaveProtection protection, Samples samples, double[] ones, BenchmarkSettings settings)
    {
        var (cellOf, cellCodes, splits) = Split(wave, cut, cubeCellOf, cubeCellCodes);
        var cellTotals = CellTotals(wave, cellOf, cellCodes.Count, digested: false);
        var dimensions = settings.Dimensions.Count;
        var table = cube.Select(g => g with { Cells = [.. g.Cells.SelectMany(c => splits[c]).Order()] }).ToList();
        // The cut's groups, marked apart from the cube's by a first code of their own: (segment, band), (all, band), and each
        // segment's firms where the cube does not publish them.
        var segmentIsDimension = settings.Dimensions.Contains(Dimension.Segment);
        foreach (var group in CubeGroup.Enumerate([.. cellCodes.Select(c => new[] { c[dimensions], c[dimensions + 1] })], 2))
        {
            var (segment, band) = (group.Codes[0], group.Codes[1]);
            if (band != GroupCodes.All || (segment != GroupCodes.All && !segmentIsDimension))
            {
                table.Add(group with { Codes = [CutCode, segment, band], Virtual = group.Virtual || band == GroupCodes.All });
            }
        }
        var cutProtection = DisclosureControl.ProtectCut(protection, CutNames.Name(cut.Column), cellCodes, cellTotals, table, cube.Count, splits, settings);

        var sortedCells = SortedCells.Of(samples, cellOf);
        var entries = new List<CutBenchmark>();
        var published = table.Select((group, index) => (group, index)).Skip(cube.Count).Where(g => !g.group.Virtual);
        foreach (var level in published.GroupBy(g => g.group.Codes[1] == GroupCodes.All))
        {
            var (groupOfCell, groups) = Level([.. level], cellCodes.Count, cellTotals, wave.Weighted);
            samples.Deal(sortedCells, groupOfCell, groups);
            for (var g = 0; g < groups.Count; g++)
            {
                var (group, tableIndex, totals) = groups[g];
                var figures = Protected(totals, group, tableIndex, cutProtection, settings);
                var segment = group.Codes[1] == GroupCodes.All ? null : wave.Labels(Dimension.Segment)[group.Codes[1]];
                var key = new PeerGroupKey(wave.Year, segment, null, null, null);
                entries.Add(new CutBenchmark(cut.Column, cut.Bands[group.Codes[2]], Finish(key, totals, figures, samples, g, ones, settings)));
            }
        }
        return entries;
    }

    /// <summary>The first code of a cut's group, which no cube group has.</summary>
    private const int CutCode = -3;

    /// <summary>
    /// The cut's cells: each cube cell's firms by segment and band, numbered in the order of their
    /// codes (the cube cell's, then segment and band), and the cells each cube cell splits into.
    /// </summary>
    private static (int[] CellOf, List<int[]> CellCodes, int[][] Splits) Split(WaveTable wave, WaveCut cut, int[] cubeCellOf, List<int[]> cubeCellCodes)
    {
        var segments = wave.Codes(Dimension.Segment);
        var segmentCount = wave.Labels(Dimension.Segment).Count;
        var bands = cut.Bands.Count + 1;
        // A firm's cube cell, segment and band as one number, which orders the cells as their codes do.
        long KeyOf(int cubeCell, int segment, int band) => (((((long)cubeCell * segmentCount) + segment) * bands) + band + 1);
        var cellOf = new int[wave.Count];
        List<long> keys;
        var combinations = (long)cubeCellCodes.Count * segmentCount * bands;
        if (combinations <= DenseCombinations)
        {
            // Found in an array while the numbers are few, as with any survey's labels: each cell's number plus one, 0 where no firm is.
            var numberOf = new int[combinations];
            for (var i = 0; i < cellOf.Length; i++)
            {
                numberOf[KeyOf(cubeCellOf[i], segments[i], cut.BandOf(i))] = 1;
            }
            keys = [];
            for (var key = 0; key < numberOf.Length; key++)
            {
                if (numberOf[key] != 0)
                {
                    keys.Add(key);
                    numberOf[key] = keys.Count;
                }
            }
            for (var i = 0; i < cellOf.Length; i++)
            {
                cellOf[i] = numberOf[KeyOf(cubeCellOf[i], segments[i], cut.BandOf(i))] - 1;
            }
        }
        else
        {
            var distinct = new HashSet<long>();
            for (var i = 0; i < cellOf.Length; i++)
            {
                distinct.Add(KeyOf(cubeCellOf[i], segments[i], cut.BandOf(i)));
            }
            keys = [.. distinct.Order()];
            var numberOf = keys.Select((key, number) => (key, number)).ToDictionary(k => k.key, k => k.number);
            for (var i = 0; i < cellOf.Length; i++)
            {
                cellOf[i] = numberOf[KeyOf(cubeCellOf[i], segments[i], cut.BandOf(i))];
            }
        }
        var cellCodes = new List<int[]>(keys.Count);
        var splits = cubeCellCodes.Select(_ => new List<int>()).ToArray();
        foreach (var key in keys)
        {
            var cubeCell = (int)(key / bands / segmentCount);
            splits[cubeCell].Add(cellCodes.Count);
            cellCodes.Add([.. cubeCellCodes[cubeCell], (int)(key / bands % segmentCount), (int)(key % bands) - 1]);
        }
        return (cellOf, cellCodes, [.. splits.Select(s => s.ToArray())]);
    }

    /// <summary>
    /// The levels of the cube, broadest first: bit d of a mask fixes dimension d. Within a level,
    /// masks ascend, which puts groups cut by earlier dimensions first.
    /// </summary>
    internal static IEnumerable<int> LevelMasks(int dimensions) =>
        Enumerable.Range(0, 1 << dimensions).OrderBy(m => System.Numerics.BitOperations.PopCount((uint)m)).ThenBy(m => m);

    /// <summary>
    /// Each firm's cell, and each cell's code per dimension (in settings order). Cells are numbered
    /// in the order of their codes, so that nothing computed cell by cell depends on the order of rows.
    /// </summary>
    private static (int[] CellOf, List<int[]> CellCodes) Cells(WaveTable wave, IReadOnlyList<Dimension> dimensions)
    {
        var (cellOf, cellCodes) = CellsAsTheyAppear(wave, dimensions);
        var order = Enumerable.Range(0, cellCodes.Count).OrderBy(c => cellCodes[c], GroupCodes.Comparer).ToArray();
        var renumbered = new int[order.Length];
        for (var c = 0; c < order.Length; c++)
        {
            renumbered[order[c]] = c;
        }
        for (var i = 0; i < cellOf.Length; i++)
        {
            cellOf[i] = renumbered[cellOf[i]];
        }
        return (cellOf, [.. order.Select(c => cellCodes[c])]);
    }

    private static (int[] CellOf, List<int[]> CellCodes) CellsAsTheyAppear(WaveTable wave, IReadOnlyList<Dimension> dimensions)
    {
        // A firm's codes as one number in mixed radix (a blank is digit 0), then cells numbered as
        // they appear: found by that number in an array when there are few numbers, as in any real
        // survey (a few hundred), in a dictionary otherwise.
        var radix = new long[dimensions.Count];
        long combinations = 1;
        for (var d = 0; d < dimensions.Count; d++)
        {
            radix[d] = combinations;
            combinations = checked(combinations * (wave.Labels(dimensions[d]).Count + 1));
        }
        var cellCodes = new List<int[]>();
        int NewCell(int firm)
        {
            cellCodes.Add([.. dimensions.Select(d => wave.Codes(d)[firm])]);
            return cellCodes.Count;
        }
        var cellOf = combinations <= DenseCombinations
            ? NumberedInArray(wave, dimensions, radix, combinations, NewCell)
            : NumberedInDictionary(wave, dimensions, radix, NewCell);
        return (cellOf, cellCodes);
    }

    /// <param name="newCell">Numbers the cell of a firm seen first, and returns its number plus one.</param>
    private static int[] NumberedInArray(WaveTable wave, IReadOnlyList<Dimension> dimensions, long[] radix, long combinations, Func<int, int> newCell)
    {
        // The numbers fit in the cells' own array until each is replaced by its cell.
        var cellOf = new int[wave.Count];
        for (var d = 0; d < dimensions.Count; d++)
        {
            var codes = wave.Codes(dimensions[d]);
            var digit = (int)radix[d];
            for (var i = 0; i < codes.Length; i++)
            {
                cellOf[i] += (codes[i] + 1) * digit;
            }
        }
        // The cell of a number, plus one: 0 until it is seen.
        var dense = new int[combinations];
        for (var i = 0; i < cellOf.Length; i++)
        {
            ref var cell = ref dense[cellOf[i]];
            if (cell == 0)
            {
                cell = newCell(i);
            }
            cellOf[i] = cell - 1;
        }
        return cellOf;
    }

    /// <inheritdoc cref="NumberedInArray"/>
    private static int[] NumberedInDictionary(WaveTable wave, IReadOnlyList<Dimension> dimensions, long[] radix, Func<int, int> newCell)
    {
        var combination = new long[wave.Count];
        for (var d = 0; d < dimensions.Count; d++)
        {
            var codes = wave.Codes(dimensions[d]);
            for (var i = 0; i < codes.Length; i++)
            {
                combination[i] += (codes[i] + 1) * radix[d];
            }
        }
        var cellOf = new int[wave.Count];
        var sparse = new Dictionary<long, int>();
        for (var i = 0; i < combination.Length; i++)
        {
            ref var cell = ref CollectionsMarshal.GetValueRefOrAddDefault(sparse, combination[i], out _);
            if (cell == 0)
            {
                cell = newCell(i);
            }
            cellOf[i] = cell - 1;
        }
        return cellOf;
    }

    private const long DenseCombinations = 1 << 20;

    /// <summary>
    /// What each cell's firms add up to. The firms are read in two halves at once, each into totals
    /// of its own, then merged: every total is a count or an exact sum, so the merged totals equal
    /// to the bit those of one pass.
    /// </summary>
    private static GroupTotals[] CellTotals(WaveTable wave, int[] cellOf, int cells, bool digested = true)
    {
        var halves = new GroupTotals[2][];
        var middle = wave.Count / 2;
        Parallel.For(0, 2, half =>
        {
            var totals = halves[half] = new GroupTotals[cells];
            for (var c = 0; c < cells; c++)
            {
                totals[c] = new GroupTotals(wave.Weighted, digested);
            }
            var sm = wave.SocialMedia;
            var other = wave.Other;
            var status = wave.SocialMediaStatus;
            var flags = wave.Flags;
            var weights = wave.Weights;
            var (from, to) = half == 0 ? (0, middle) : (middle, wave.Count);
            for (var i = from; i < to; i++)
            {
                totals[cellOf[i]].AddRespondent(weights.IsEmpty ? 1.0 : weights[i], status[i] != ReturnStatus.SalesBlank, flags[i], sm[i], other[i]);
            }
        });
        for (var c = 0; c < cells; c++)
        {
            halves[0][c].Add(halves[1][c]);
        }
        return halves[0];
    }

    /// <summary>
    /// The published groups of one level, in the cube's order (by codes), with their merged totals,
    /// and each cell's group among them (-1 where the cell left a fixed dimension blank).
    /// </summary>
    private static (int[] GroupOfCell, List<(CubeGroup Group, int CubeIndex, GroupTotals Totals)> Groups) Level(
        (CubeGroup Group, int Index)[] level, int cells, GroupTotals[] cellTotals, bool weighted)
    {
        var groupOfCell = new int[cells];
        Array.Fill(groupOfCell, -1);
        var groups = new List<(CubeGroup Group, int CubeIndex, GroupTotals Totals)>(level.Length);
        foreach (var (group, index) in level)
        {
            var totals = new GroupTotals(weighted);
            foreach (var c in group.Cells)
            {
                groupOfCell[c] = groups.Count;
                totals.Add(cellTotals[c]);
            }
            groups.Add((group, index, totals));
        }
        return (groupOfCell, groups);
    }

    /// <summary>
    /// A group's protected figures, each its exact total plus the adjustment of its cells over its
    /// base; null where the group may not publish it, or where the adjustment would mislead.
    /// </summary>
    private static Published Protected(GroupTotals group, CubeGroup cells, int cubeIndex, WaveProtection protection, BenchmarkSettings settings)
    {
        var published = group.SocialMedia.N >= settings.MinN;
        double? Total(ProtectedFigure figure, bool allowed, double total) =>
            allowed && published && !protection.Withheld(figure, cubeIndex) ? total + protection.Adjustment(figure, cells) : null;
        // A share held at 0 or 1 by its bound can round past it in the last bit.
        static double? Share(double? count, double baseWeight) => count is { } c ? Math.Clamp(c / baseWeight, 0, 1) : null;

        var n = group.SocialMedia.Weight.Value;
        var positive = Total(ProtectedFigure.SharePositive, true, group.SocialMedia.PositiveWeight.Value);
        var unattributed = Total(ProtectedFigure.Unattributed, true, group.UnattributedWeight.Value) is { } u ? Math.Max(u, 0) : (double?)null;
        return new Published(
            Mean: Total(ProtectedFigure.Mean, true, group.SocialMedia.Sum) / n,
            SharePositive: Share(positive, n),
            ShareAttributing: Share(Total(ProtectedFigure.ShareAttributing, true, group.AttributingWeight.Value), group.RespondentWeight.Value),
            OtherMean: Total(ProtectedFigure.OtherMean, group.Other.N >= settings.MinN, group.Other.Sum) / group.Other.Weight.Value,
            ShareSmGeOther: Share(Total(ProtectedFigure.ShareSmGeOther, group.BothN >= settings.MinN, group.SmAtLeastOtherWeight.Value), group.BothWeight.Value),
            SharePositiveBounds: positive is { } p && unattributed is { } w ? new ShareBounds(Math.Clamp(p / (n + w), 0, 1), Math.Clamp((p + w) / (n + w), 0, 1)) : null,
            ShareAboveStaffCost: Share(Total(ProtectedFigure.AboveStaffCost, group.StaffCostN >= settings.MinN, group.AboveStaffCostWeight.Value), group.StaffCostWeight.Value));
    }

    /// <summary>What a published group shows of its protected figures.</summary>
    private sealed record Published(double? Mean, double? SharePositive, double? ShareAttributing, double? OtherMean, double? ShareSmGeOther,
        ShareBounds? SharePositiveBounds, double? ShareAboveStaffCost);

    private static GroupBenchmark Finish(PeerGroupKey key, GroupTotals group, Published figures, Samples samples, int g, double[] ones, BenchmarkSettings settings)
    {
        var n = group.SocialMedia.N;
        var otherN = group.Other.N;
        var bothN = group.BothN;
        if (n < settings.MinN)
        {
            return new GroupBenchmark(key, group.Respondents, n, Suppressed: true, null, null, null, null, null, otherN, bothN) { StaffCostN = group.StaffCostN };
        }
        ChannelStatistics Statistics(LevelSample sample, double? mean) =>
            ChannelStatisticsCalculator.Compute(sample.Values(g), sample.Cumulative(g, ones), mean, settings);
        return new GroupBenchmark(
            key,
            group.Respondents,
            n,
            Suppressed: false,
            HourlyReturn: Statistics(samples.SocialMedia, figures.Mean),
            OtherHourlyReturn: otherN >= settings.MinN ? Statistics(samples.Other, figures.OtherMean) : null,
            SharePositive: figures.SharePositive,
            ShareAttributing: figures.ShareAttributing,
            ShareSmGeOther: figures.ShareSmGeOther,
            OtherN: otherN,
            BothN: bothN)
        {
            // The gap's quantiles are order statistics like any other; its mean would be a total in disguise, and is not published.
            SmMinusOther = bothN >= settings.MinN ? Statistics(samples.Gap, null) : null,
            SharePositiveBounds = figures.SharePositiveBounds,
            ShareAboveStaffCost = figures.ShareAboveStaffCost,
            StaffCostN = group.StaffCostN,
        };
    }

    /// <summary>The sorted samples a level deals out: each channel's returns, and each firm's gap between them.</summary>
    private sealed record Samples(LevelSample SocialMedia, LevelSample Other, LevelSample Gap)
    {
        /// <summary>Deals each sample out to the groups of a level, whose cells are given for each sorted value.</summary>
        public void Deal(SortedCells cells, int[] groupOfCell, List<(CubeGroup Group, int CubeIndex, GroupTotals Totals)> groups) =>
            Parallel.Invoke(
                () => SocialMedia.Deal(cells.SocialMedia ?? SocialMedia.Cells, groupOfCell, [.. groups.Select(g => g.Totals.SocialMedia.N)]),
                () => Other.Deal(cells.Other ?? Other.Cells, groupOfCell, [.. groups.Select(g => g.Totals.Other.N)]),
                () => Gap.Deal(cells.Gap ?? Gap.Cells, groupOfCell, [.. groups.Select(g => g.Totals.BothN)]));
    }

    /// <summary>The cell of each sorted value of each sample, in another table than the cube (null: the cube's own).</summary>
    private sealed record SortedCells(int[]? SocialMedia, int[]? Other, int[]? Gap)
    {
        public static SortedCells OfCube { get; } = new(null, null, null);

        public static SortedCells Of(Samples samples, int[] cellOf)
        {
            int[] Cells(LevelSample sample)
            {
                var rows = sample.Rows;
                var cells = new int[rows.Length];
                for (var k = 0; k < rows.Length; k++)
                {
                    cells[k] = cellOf[rows[k]];
                }
                return cells;
            }
            return new SortedCells(Cells(samples.SocialMedia), Cells(samples.Other), Cells(samples.Gap));
        }
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
        public int Count => channel.Count;

        private readonly double[] _values = new double[channel.Count];
        private readonly double[]? _weights = channel.Weights is null ? null : new double[channel.Count];
        private int[] _start = [];
        private int[] _count = [];

        public int[] Cells => channel.Cells;

        public int[] Rows => channel.Rows;

        /// <param name="cells">The cell of each sorted value.</param>
        public void Deal(int[] cells, int[] groupOfCell, int[] counts)
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
                var group = groupOfCell[cells[k]];
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
