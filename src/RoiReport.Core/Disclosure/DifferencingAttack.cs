using RoiReport.Core.Benchmarks;
using RoiReport.Core.Statistics;
using RoiReport.Core.Survey;

namespace RoiReport.Core.Disclosure;

/// <summary>
/// The differencing attack on a release. Every published figure that is a total in disguise, times
/// its base, is a total of the firms of its group; for every figure the release withholds (and for
/// every set of firms that left a label blank and is too small to publish), the attack asks whether
/// additions and subtractions of those totals give it back, and how close they come to the truth.
/// It reads the survey itself, firm by firm, and shares nothing with the engine that made the release.
/// </summary>
public static class DifferencingAttack
{
    /// <exception cref="InvalidDataException">The release was not computed from this survey.</exception>
    public static AttackReport Run(SurveyTable survey, BenchmarkReport release)
    {
        var findings = new Dictionary<(string, ProtectedFigure), AttackFinding>();
        var withheld = 0;
        var dimensions = release.Settings.Dimensions;
        var minN = release.Settings.MinN;
        foreach (var year in release.Groups.Select(g => g.Key.Year).Distinct())
        {
            var wave = survey.Waves.FirstOrDefault(w => w.Year == year)
                ?? throw new InvalidDataException($"the release has a {year} wave and the survey does not");
            // The cube alone, then each cut beside it, on cells that split the cube's by the cut's band:
            // the groups are the same sets of firms on either cells.
            var passes = new List<WaveCut?> { null };
            foreach (var column in release.Cuts.Where(c => c.Year == year).Select(c => c.Cut).Distinct())
            {
                passes.Add(wave.Cuts.FirstOrDefault(c => c.Column == column)
                    ?? throw new InvalidDataException($"the release has a {CutNames.Name(column)} cut in {year} and the survey has no answers to it"));
            }
            foreach (var cut in passes)
            {
                var cells = AttackCells.Of(wave, dimensions, cut);
                var entries = release.Groups.Where(g => g.Key.Year == year).Select(g => new Entry(cells.Name(g.Key), g, cells.Members(g), cut is null)).ToList();
                if (cut is not null)
                {
                    entries.AddRange(release.Cuts.Where(c => c.Year == year && c.Cut == cut.Column).Select(c => new Entry(cells.Name(c), c.Figures, cells.Members(c, cut), true)));
                }
                var blankSets = cells.BlankSets().ToList();
                foreach (var figure in ProtectedFigures.All)
                {
                    var targets = Targets(entries, blankSets, cells, figure, minN);
                    withheld += targets.Count(t => t.Counted);
                    foreach (var finding in Attack(figure, entries, cells, targets))
                    {
                        findings.TryAdd((finding.Group, figure), finding);
                    }
                }
            }
        }
        var published = release.Groups.Where(g => !g.Suppressed).ToList();
        var keeping = published.Count(g => g.HourlyReturn?.Mean is not null && g.SharePositive is not null && g.ShareAttributing is not null && g.ShareSmGeOther is not null);
        return new AttackReport([.. findings.Values], withheld, published.Count, keeping);
    }

    /// <summary>A group or a cut's band as the attack reads it: its figures, its cells, and whether this pass counts it among the withheld (once over all passes).</summary>
    private sealed record Entry(string Name, GroupBenchmark Figures, int[] Members, bool Counted);

    /// <summary>The withheld figures of the release, and the blank-label sets too small to publish, that have firms in the figure's base.</summary>
    private static List<(string Name, bool Blank, int[] Cells, bool Counted)> Targets(List<Entry> entries, List<(string Name, int[] Cells)> blankSets,
        AttackCells cells, ProtectedFigure figure, int minN)
    {
        var targets = new List<(string, bool, int[], bool)>();
        foreach (var entry in entries)
        {
            if (!IsPublished(entry.Figures, figure) && cells.Rows(figure, entry.Members) > 0)
            {
                targets.Add((entry.Name, false, entry.Members, entry.Counted));
            }
        }
        foreach (var (name, set) in blankSets)
        {
            var rows = cells.Rows(figure, set);
            var smRows = cells.Rows(ProtectedFigure.Mean, set);
            if (rows > 0 && (smRows < minN || (ProtectedFigures.NeedsOwnBase(figure) && rows < minN)))
            {
                targets.Add((name, true, set, true));
            }
        }
        return targets;
    }

    private static IEnumerable<AttackFinding> Attack(ProtectedFigure figure, List<Entry> entries, AttackCells cells,
        List<(string Name, bool Blank, int[] Cells, bool Counted)> targets)
    {
        var live = cells.Live(figure);
        var span = new RealSpan(live.Count);
        foreach (var entry in entries)
        {
            if (IsPublished(entry.Figures, figure))
            {
                span.Add(live.Of(entry.Members), PublishedTotal(entry.Figures, figure, entry.Members, cells));
            }
        }
        foreach (var (name, blank, set, _) in targets)
        {
            if (span.Derive(live.Of(set)) is { } derived)
            {
                yield return new AttackFinding(name, blank, figure, cells.Rows(figure, set), cells.Base(figure, set),
                    cells.Total(figure, set), derived, cells.MinError(figure, set));
            }
        }
    }

    private static bool IsPublished(GroupBenchmark group, ProtectedFigure figure) =>
        figure == ProtectedFigure.Unattributed ? group.SharePositiveBounds is not null : Published(group, figure) is not null;

    private static double? Published(GroupBenchmark group, ProtectedFigure figure) => figure switch
    {
        ProtectedFigure.Mean => group.HourlyReturn?.Mean,
        ProtectedFigure.SharePositive => group.SharePositive,
        ProtectedFigure.ShareAttributing => group.ShareAttributing,
        ProtectedFigure.OtherMean => group.OtherHourlyReturn?.Mean,
        ProtectedFigure.ShareSmGeOther => group.ShareSmGeOther,
        ProtectedFigure.AboveStaffCost => group.ShareAboveStaffCost,
        _ => throw new ArgumentOutOfRangeException(nameof(figure)),
    };

    /// <summary>
    /// The total a published figure gives away: the figure times its base; for the bounds of the
    /// share with a positive return, the count that widens them, from their width d = u / (n + u).
    /// </summary>
    private static double PublishedTotal(GroupBenchmark group, ProtectedFigure figure, int[] members, AttackCells cells)
    {
        if (figure == ProtectedFigure.Unattributed)
        {
            var width = group.SharePositiveBounds!.High - group.SharePositiveBounds.Low;
            return width * cells.Base(ProtectedFigure.Mean, members) / (1 - width);
        }
        return Published(group, figure)!.Value * cells.Base(figure, members);
    }

    /// <summary>A wave's firms by cell (their labels of every dimension, blanks included), with each cell's true totals.</summary>
    private sealed class AttackCells
    {
        private readonly WaveTable _wave;
        private readonly IReadOnlyList<Dimension> _dimensions;
        private readonly WaveCut? _cut;
        private readonly List<int[]> _codes = [];
        private readonly double[][] _total;
        private readonly double[][] _base;
        private readonly int[][] _rows;
        private readonly double[][] _maxWeight;

        private AttackCells(WaveTable wave, IReadOnlyList<Dimension> dimensions, WaveCut? cut, int[] cellOf)
        {
            _wave = wave;
            _dimensions = dimensions;
            _cut = cut;
            var figures = ProtectedFigures.All.Count;
            var count = cellOf.Length == 0 ? 0 : cellOf.Max() + 1;
            _total = [.. Enumerable.Range(0, figures).Select(_ => new double[count])];
            _base = [.. Enumerable.Range(0, figures).Select(_ => new double[count])];
            _rows = [.. Enumerable.Range(0, figures).Select(_ => new int[count])];
            _maxWeight = [.. Enumerable.Range(0, figures).Select(_ => new double[count])];
        }

        /// <param name="cut">Where given, each cell is also one segment's firms of one band of the cut: two codes after the dimensions'.</param>
        public static AttackCells Of(WaveTable wave, IReadOnlyList<Dimension> dimensions, WaveCut? cut)
        {
            var index = new Dictionary<int[], int>(GroupCodes.Comparer);
            var cellOf = new int[wave.Count];
            var codes = new List<int[]>();
            for (var i = 0; i < wave.Count; i++)
            {
                var key = cut is null
                    ? dimensions.Select(d => wave.Codes(d)[i]).ToArray()
                    : [.. dimensions.Select(d => wave.Codes(d)[i]), wave.Codes(Dimension.Segment)[i], cut.BandOf(i)];
                if (!index.TryGetValue(key, out var cell))
                {
                    index[key] = cell = codes.Count;
                    codes.Add(key);
                }
                cellOf[i] = cell;
            }
            var cells = new AttackCells(wave, dimensions, cut, cellOf);
            cells._codes.AddRange(codes);
            cells.Tally(cellOf);
            return cells;
        }

        private void Tally(int[] cellOf)
        {
            var sm = _wave.SocialMedia;
            var other = _wave.Other;
            var status = _wave.SocialMediaStatus;
            var flags = _wave.Flags;
            var weights = _wave.Weights;
            for (var i = 0; i < cellOf.Length; i++)
            {
                var w = weights.IsEmpty ? 1.0 : weights[i];
                var cell = cellOf[i];
                Add(ProtectedFigure.ShareAttributing, cell, w, status[i] != ReturnStatus.SalesBlank ? w : 0);
                Add(ProtectedFigure.Unattributed, cell, w, status[i] == ReturnStatus.SalesBlank && (flags[i] & FirmFlags.SocialMediaHours) != 0 ? w : 0);
                if ((flags[i] & FirmFlags.StaffCostKnown) != 0)
                {
                    Add(ProtectedFigure.AboveStaffCost, cell, w, (flags[i] & FirmFlags.AboveStaffCost) != 0 ? w : 0);
                }
                if (!double.IsNaN(sm[i]))
                {
                    Add(ProtectedFigure.Mean, cell, w, w * sm[i]);
                    Add(ProtectedFigure.SharePositive, cell, w, sm[i] > 0 ? w : 0);
                }
                if (!double.IsNaN(other[i]))
                {
                    Add(ProtectedFigure.OtherMean, cell, w, w * other[i]);
                }
                if (!double.IsNaN(sm[i]) && !double.IsNaN(other[i]))
                {
                    Add(ProtectedFigure.ShareSmGeOther, cell, w, sm[i] >= other[i] ? w : 0);
                }
            }
        }

        private void Add(ProtectedFigure figure, int cell, double weight, double value)
        {
            var f = (int)figure;
            _total[f][cell] += value;
            _base[f][cell] += weight;
            _rows[f][cell]++;
            _maxWeight[f][cell] = Math.Max(_maxWeight[f][cell], weight);
        }

        /// <summary>The cells of a published group, after checking that its counts are the survey's.</summary>
        public int[] Members(GroupBenchmark group) =>
            Matching([.. _dimensions.Select(d => group.Key[d] is { } label ? Code(d, label) : GroupCodes.All), .. _cut is null ? [] : new[] { GroupCodes.All, GroupCodes.All }],
                group, Name(group.Key));

        /// <summary>The cells of a band of the cut, after checking that its counts are the survey's.</summary>
        public int[] Members(CutBenchmark band, WaveCut cut)
        {
            var code = cut.Bands.ToList().FindIndex(b => b.Label == band.Band.Label);
            if (code < 0)
            {
                throw new InvalidDataException($"the release has band '{band.Band.Label}' of {CutNames.Name(cut.Column)}, and the survey's settings have no such band");
            }
            var segment = band.Segment is { } label ? Code(Dimension.Segment, label) : GroupCodes.All;
            return Matching([.. _dimensions.Select(_ => GroupCodes.All), segment, code], band.Figures, Name(band));
        }

        private int[] Matching(int[] fixedCodes, GroupBenchmark group, string name)
        {
            var members = Enumerable.Range(0, _codes.Count)
                .Where(c => fixedCodes.Select((code, d) => code == GroupCodes.All || code == _codes[c][d]).All(x => x))
                .ToArray();
            if (Rows(ProtectedFigure.ShareAttributing, members) != group.Respondents || Rows(ProtectedFigure.Mean, members) != group.N)
            {
                throw new InvalidDataException($"the release does not match the survey: {name} has {group.Respondents} respondents and n = {group.N} there, {Rows(ProtectedFigure.ShareAttributing, members)} and {Rows(ProtectedFigure.Mean, members)} in the survey");
            }
            return members;
        }

        private int Code(Dimension dimension, string label)
        {
            var code = _wave.Labels(dimension).ToList().IndexOf(label);
            return code >= 0 ? code : throw new InvalidDataException($"the release has {DimensionNames.ColumnName(dimension)} '{label}' in {_wave.Year}, and the survey has no such firm");
        }

        /// <summary>
        /// Every set of cells that fixes a blank label of some dimension, named, in a fixed order; with
        /// a cut, the firms of each segment (and of all) that left the cut's answer blank instead.
        /// </summary>
        public IEnumerable<(string Name, int[] Cells)> BlankSets()
        {
            var sets = new SortedDictionary<int[], List<int>>(GroupCodes.Comparer);
            var coordinates = _codes.Count == 0 ? 0 : _codes[0].Length;
            var masks = _cut is null
                ? Enumerable.Range(1, (1 << _dimensions.Count) - 1)
                : [1 << (coordinates - 1), (1 << (coordinates - 1)) | (1 << (coordinates - 2))];
            foreach (var mask in masks)
            {
                for (var c = 0; c < _codes.Count; c++)
                {
                    var pattern = _codes[c].Select((code, d) => (mask & (1 << d)) == 0 ? GroupCodes.All : code).ToArray();
                    if (pattern.Contains(WaveTable.Blank))
                    {
                        (sets.TryGetValue(pattern, out var list) ? list : sets[pattern] = []).Add(c);
                    }
                }
            }
            return sets.Select(s => (Name(s.Key), s.Value.ToArray()));
        }

        /// <summary>The cells with firms in the figure's base, and a map of any set of cells onto them.</summary>
        public (int Count, Func<int[], IEnumerable<int>> Of) Live(ProtectedFigure figure)
        {
            var rows = _rows[(int)figure];
            var index = new int[rows.Length];
            var count = 0;
            for (var c = 0; c < rows.Length; c++)
            {
                index[c] = rows[c] > 0 ? count++ : -1;
            }
            return (count, set => set.Where(c => index[c] >= 0).Select(c => index[c]));
        }

        public int Rows(ProtectedFigure figure, int[] set) => set.Sum(c => _rows[(int)figure][c]);

        public double Base(ProtectedFigure figure, int[] set) => set.Sum(c => _base[(int)figure][c]);

        public double Total(ProtectedFigure figure, int[] set) => set.Sum(c => _total[(int)figure][c]);

        public double MinError(ProtectedFigure figure, int[] set) =>
            DisclosureRules.MinError(ProtectedFigures.IsMean(figure), Total(figure, set), Base(figure, set), set.Max(c => _maxWeight[(int)figure][c]));

        public string Name(CutBenchmark band) =>
            $"{band.Year} · {CutNames.Name(band.Cut)} {band.Band.Label} · {band.Segment ?? "all firms"}";

        public string Name(PeerGroupKey key) =>
            string.Join(" · ", [key.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), .. _dimensions.Select(d => key[d] ?? $"all {DimensionNames.ColumnName(d)}")]);

        private string Name(int[] pattern) => _cut is not null
            ? $"{_wave.Year} · {CutNames.Name(_cut.Column)} blank · {(pattern[^2] == GroupCodes.All ? "all firms" : _wave.Labels(Dimension.Segment)[pattern[^2]])}"
            : string.Join(" · ", [_wave.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), .. _dimensions.Select((d, i) => pattern[i] switch
            {
                GroupCodes.All => $"all {DimensionNames.ColumnName(d)}",
                WaveTable.Blank => $"blank {DimensionNames.ColumnName(d)}",
                var code => _wave.Labels(d)[code],
            })]);
    }
}

/// <summary>
/// A withheld total that the published figures give back: the group (or blank-label set), the
/// figure, the rows and weight of its base, its true total and the derived one (a sum of returns
/// for a mean, a count of firms for a share), and the least error that keeps it undisclosed.
/// </summary>
public sealed record AttackFinding(string Group, bool Blank, ProtectedFigure Figure, int Rows, double Base, double True, double Derived, double MinError)
{
    /// <summary>Whether the derived total is within the least error of the truth: the figure is disclosed.</summary>
    public bool Disclosed => Math.Abs(Derived - True) < MinError;
}

/// <param name="Derivable">Every withheld figure the published ones give back.</param>
/// <param name="Withheld">How many withheld figures (and blank-label sets) were attacked.</param>
/// <param name="PublishedGroups">Groups with n ≥ min_n.</param>
/// <param name="GroupsKeepingFigures">Of those, the groups that publish a mean and all three shares.</param>
public sealed record AttackReport(IReadOnlyList<AttackFinding> Derivable, int Withheld, int PublishedGroups, int GroupsKeepingFigures)
{
    public int Disclosed => Derivable.Count(f => f.Disclosed);
}
