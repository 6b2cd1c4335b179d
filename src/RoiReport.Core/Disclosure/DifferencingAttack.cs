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
        var findings = new List<AttackFinding>();
        var withheld = 0;
        var dimensions = release.Settings.Dimensions;
        foreach (var year in release.Groups.Select(g => g.Key.Year).Distinct())
        {
            var wave = survey.Waves.FirstOrDefault(w => w.Year == year)
                ?? throw new InvalidDataException($"the release has a {year} wave and the survey does not");
            var cells = AttackCells.Of(wave, dimensions);
            var groups = release.Groups.Where(g => g.Key.Year == year).ToList();
            var members = groups.Select(g => cells.Members(g)).ToList();
            foreach (var figure in ProtectedFigures.All)
            {
                var targets = Targets(groups, members, cells, figure, release.Settings.MinN);
                withheld += targets.Count;
                findings.AddRange(Attack(figure, groups, members, cells, targets));
            }
        }
        var published = release.Groups.Where(g => !g.Suppressed).ToList();
        var keeping = published.Count(g => g.HourlyReturn?.Mean is not null && g.SharePositive is not null && g.ShareAttributing is not null && g.ShareSmGeOther is not null);
        return new AttackReport(findings, withheld, published.Count, keeping);
    }

    /// <summary>The withheld figures of the release, and the blank-label sets too small to publish, that have firms in the figure's base.</summary>
    private static List<(string Name, bool Blank, int[] Cells)> Targets(List<GroupBenchmark> groups, List<int[]> members, AttackCells cells, ProtectedFigure figure, int minN)
    {
        var targets = new List<(string, bool, int[])>();
        for (var g = 0; g < groups.Count; g++)
        {
            if (!IsPublished(groups[g], figure) && cells.Rows(figure, members[g]) > 0)
            {
                targets.Add((cells.Name(groups[g].Key), false, members[g]));
            }
        }
        foreach (var (name, set) in cells.BlankSets())
        {
            var rows = cells.Rows(figure, set);
            var smRows = cells.Rows(ProtectedFigure.Mean, set);
            if (rows > 0 && (smRows < minN || (ProtectedFigures.NeedsOwnBase(figure) && rows < minN)))
            {
                targets.Add((name, true, set));
            }
        }
        return targets;
    }

    private static IEnumerable<AttackFinding> Attack(ProtectedFigure figure, List<GroupBenchmark> groups, List<int[]> members, AttackCells cells,
        List<(string Name, bool Blank, int[] Cells)> targets)
    {
        var live = cells.Live(figure);
        var span = new RealSpan(live.Count);
        for (var g = 0; g < groups.Count; g++)
        {
            if (IsPublished(groups[g], figure))
            {
                span.Add(live.Of(members[g]), PublishedTotal(groups[g], figure, members[g], cells));
            }
        }
        foreach (var (name, blank, set) in targets)
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
        private readonly List<int[]> _codes = [];
        private readonly double[][] _total;
        private readonly double[][] _base;
        private readonly int[][] _rows;
        private readonly double[][] _maxWeight;

        private AttackCells(WaveTable wave, IReadOnlyList<Dimension> dimensions, int[] cellOf)
        {
            _wave = wave;
            _dimensions = dimensions;
            var figures = ProtectedFigures.All.Count;
            var count = cellOf.Length == 0 ? 0 : cellOf.Max() + 1;
            _total = [.. Enumerable.Range(0, figures).Select(_ => new double[count])];
            _base = [.. Enumerable.Range(0, figures).Select(_ => new double[count])];
            _rows = [.. Enumerable.Range(0, figures).Select(_ => new int[count])];
            _maxWeight = [.. Enumerable.Range(0, figures).Select(_ => new double[count])];
        }

        public static AttackCells Of(WaveTable wave, IReadOnlyList<Dimension> dimensions)
        {
            var index = new Dictionary<int[], int>(GroupCodes.Comparer);
            var cellOf = new int[wave.Count];
            var codes = new List<int[]>();
            for (var i = 0; i < wave.Count; i++)
            {
                var key = dimensions.Select(d => wave.Codes(d)[i]).ToArray();
                if (!index.TryGetValue(key, out var cell))
                {
                    index[key] = cell = codes.Count;
                    codes.Add(key);
                }
                cellOf[i] = cell;
            }
            var cells = new AttackCells(wave, dimensions, cellOf);
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
        public int[] Members(GroupBenchmark group)
        {
            var fixedCodes = _dimensions.Select(d => group.Key[d] is { } label ? Code(d, label) : GroupCodes.All).ToArray();
            var members = Enumerable.Range(0, _codes.Count)
                .Where(c => fixedCodes.Select((code, d) => code == GroupCodes.All || code == _codes[c][d]).All(x => x))
                .ToArray();
            if (Rows(ProtectedFigure.ShareAttributing, members) != group.Respondents || Rows(ProtectedFigure.Mean, members) != group.N)
            {
                throw new InvalidDataException($"the release does not match the survey: {Name(group.Key)} has {group.Respondents} respondents and n = {group.N} there, {Rows(ProtectedFigure.ShareAttributing, members)} and {Rows(ProtectedFigure.Mean, members)} in the survey");
            }
            return members;
        }

        private int Code(Dimension dimension, string label)
        {
            var code = _wave.Labels(dimension).ToList().IndexOf(label);
            return code >= 0 ? code : throw new InvalidDataException($"the release has {DimensionNames.ColumnName(dimension)} '{label}' in {_wave.Year}, and the survey has no such firm");
        }

        /// <summary>Every set of cells that fixes a blank label of some dimension, named, in a fixed order.</summary>
        public IEnumerable<(string Name, int[] Cells)> BlankSets()
        {
            var sets = new SortedDictionary<int[], List<int>>(GroupCodes.Comparer);
            for (var mask = 1; mask < 1 << _dimensions.Count; mask++)
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

        public string Name(PeerGroupKey key) =>
            string.Join(" · ", [key.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), .. _dimensions.Select(d => key[d] ?? $"all {DimensionNames.ColumnName(d)}")]);

        private string Name(int[] pattern) =>
            string.Join(" · ", [_wave.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), .. _dimensions.Select((d, i) => pattern[i] switch
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
