using RoiReport.Core.Benchmarks;

namespace RoiReport.Core.Disclosure;

/// <summary>
/// Controlled tabular adjustment of one protected figure in one wave. Every published group's total
/// is the sum of its cells' totals, and each cell's total is moved by an amount chosen here; so all
/// published totals stay additive, and any sum or difference of them is the adjusted total of some
/// set of cells. For every withheld group whose total such sums and differences reach, the
/// adjustment of its cells adds up to at least its minimum error (<see cref="DisclosureRules.MinError"/>)
/// times a secret margin, in a secret direction; subject to that, the adjustments of the published
/// totals are as small as possible (weighted least squares), within hard limits for groups of
/// <see cref="DisclosureRules.LargeGroup"/> firms or more. A published figure that would still move
/// further than <see cref="DisclosureRules.MaxError"/> is withheld instead.
/// </summary>
internal static class TabularAdjustment
{
    private const int AccuracyRounds = 8;
    private const double Headroom = 0.9;
    private const int MaxMovingCells = 1000;
    private const int CompensatingCells = 20;
    private const int WithholdingRounds = 3;
    private const int RedirectingRounds = 4;
    private const double RangeRounding = 1e-9;

    /// <param name="alsoWithheld">Per group of the cube, whether its figure is withheld whatever its thresholds (null: none is).</param>
    /// <param name="linked">Where given, the cube holds another table's groups too, already adjusted there (<see cref="LinkedTable"/>).</param>
    public static FigureAdjustment Solve(ProtectedFigure figure, CellFigure[] cells, IReadOnlyList<int[]> cellCodes,
        IReadOnlyList<CubeGroup> cube, int minN, KeyedRandom random, bool[]? alsoWithheld = null, LinkedTable? linked = null)
    {
        var adjustment = SolveOnce(figure, cells, cellCodes, cube, minN, random, alsoWithheld, linked);
        // A figure that would move past its limit, but by less than its minimum error, cannot be
        // published (it would mislead) nor withheld as it is (its move would give it away): it is
        // withheld and protected like any other withheld figure, and the table solved again.
        var withheld = alsoWithheld is null ? new bool[cube.Count] : (bool[])alsoWithheld.Clone();
        for (var round = 0; round < WithholdingRounds && adjustment.Unprotected is { } unprotected; round++)
        {
            var accuracy = adjustment.WithheldForAccuracy;
            for (var i = 0; i < withheld.Length; i++)
            {
                withheld[i] |= unprotected[i] || accuracy[i];
            }
            adjustment = SolveOnce(figure, cells, cellCodes, cube, minN, random, withheld, linked);
            var newly = withheld.Select((w, i) => w && !(alsoWithheld?[i] ?? false)).ToArray();
            adjustment = adjustment with { WithheldForAccuracy = [.. adjustment.WithheldForAccuracy.Zip(newly, (a, b) => a || b)] };
        }
        return adjustment with { Unprotected = null };
    }

    private static FigureAdjustment SolveOnce(ProtectedFigure figure, CellFigure[] cells, IReadOnlyList<int[]> cellCodes,
        IReadOnlyList<CubeGroup> cube, int minN, KeyedRandom random, bool[]? alsoWithheld, LinkedTable? linked)
    {
        var live = LiveCells(cells);
        // Where the table is linked, its cells start from the other table's adjustment shared out in
        // proportion, and the programme chooses only how far each moves from there.
        var baseline = linked?.Proportional(cells) ?? new double[cells.Length];
        var summaries = cube.Select((g, i) => Summarise(g, cells, live.Index, figure, minN, alsoWithheld?[i] ?? false) with
        {
            Elsewhere = linked?.Elsewhere[i] ?? false,
            Offset = linked is null ? 0 : g.Cells.Sum(c => baseline[c]),
        }).ToList();
        var targets = Targets(summaries, live, figure, random, linked, baseline);
        if (targets.Count == 0 && summaries.All(g => !g.Published || g.Elsewhere || WithinLimits(g, g.Offset)))
        {
            // Nothing needs protecting: every figure stays exact, or moves only as far as the other table's cells did.
            return new FigureAdjustment(baseline, new bool[cube.Count]);
        }

        var moving = Moving(targets, summaries, cells, live.Cells, linked, live.Index);
        var variableOf = new int[live.Count];
        Array.Fill(variableOf, -1);
        for (var v = 0; v < moving.Length; v++)
        {
            variableOf[moving[v]] = v;
        }
        int[] Restrict(int[] liveCells) => [.. liveCells.Select(c => variableOf[c]).Where(v => v >= 0)];
        var groups = summaries.Select(g => g with { Live = Restrict(g.Live) }).ToList();
        var movingCells = moving.Select(c => live.Cells[c]).ToArray();
        var seed = Seed(figure, cells, cellCodes, movingCells, [.. groups.Where(g => g.Published && !g.Elsewhere)], random);
        var sums = linked?.Equalities(live.Index, variableOf) ?? [];
        var constraints = targets.Select(t => (Constraint: t with { Cells = Restrict(t.Cells) }, Offset: t.Cells.Sum(c => baseline[live.Cells[c]]))).ToList();
        (double[] Adjustment, List<double> Moved, int Exceeding)? best = null;
        for (var round = 0; round <= RedirectingRounds; round++)
        {
            var protections = constraints
                .Select(t => (t.Constraint, t.Offset, Sign: t.Offset + t.Constraint.Dot(seed) >= 0 ? 1.0 : -1.0))
                .Select(t => t.Constraint with { Sign = t.Sign, Bound = t.Constraint.Bound - (t.Sign * t.Offset) })
                .ToList();
            if (Adjust(figure, cells, movingCells, groups, protections, sums, seed) is not { } solution)
            {
                break;
            }
            var movedBy = groups.Select(g => g.Offset + Sum(solution, g.Live)).ToList();
            var exceeding = groups.Select((g, i) => i).Where(i => groups[i].Published && !groups[i].Elsewhere && !WithinLimits(groups[i], movedBy[i])).ToList();
            if (best is not { } known || exceeding.Count < known.Exceeding)
            {
                best = (solution, movedBy, exceeding.Count);
            }
            if (exceeding.Count == 0)
            {
                break;
            }
            seed = Redirected(seed, [.. exceeding.Select(i => (groups[i], movedBy[i]))], protections);
        }
        if (best is not { } chosen)
        {
            return WithholdingAll(baseline, summaries, live.Count);
        }
        var (adjustment, moved, _) = chosen;
        var perCell = (double[])baseline.Clone();
        for (var v = 0; v < movingCells.Length; v++)
        {
            perCell[movingCells[v]] += adjustment[v];
        }
        if (linked is not null && groups.Where((g, i) => g.Published && !g.Elsewhere && !WithinLimits(g, moved[i]) && Math.Abs(moved[i]) < g.MinError).Any())
        {
            // A figure would move too far and could not be withheld alone without giving its move away;
            // the cube's adjustments leave no room to do better, so none of this table's is published.
            return WithholdingAll(baseline, summaries, live.Count);
        }
        var withheld = groups.Select((g, i) => g.Published && !g.Elsewhere && MisleadsAndIsSafeToWithhold(g, moved[i])).ToArray();
        var unprotected = groups.Select((g, i) => g.Published && !g.Elsewhere && !WithinLimits(g, moved[i]) && Math.Abs(moved[i]) < g.MinError).ToArray();
        return new FigureAdjustment(perCell, withheld) { Unprotected = unprotected.Any(u => u) ? unprotected : null };
    }

    /// <summary>
    /// The withheld sets to protect here; in a linked table, less those made of whole cells of the
    /// other table whose share of its adjustment already moves them by their minimum error, since
    /// nothing here could move them further.
    /// </summary>
    private static List<LinearConstraint> Targets(List<Group> summaries, (int[] Cells, int[] Index, int Count) live, ProtectedFigure figure,
        KeyedRandom random, LinkedTable? linked, double[] baseline)
    {
        var targets = summaries.Any(g => g.Target) ? DerivableTargets(summaries, live.Count, figure, random) : [];
        if (linked is null || targets.Count == 0)
        {
            return targets;
        }
        var whole = linked.Whole(live.Cells);
        return [.. targets.Where(t => !(whole(t.Cells) && Math.Abs(t.Cells.Sum(c => baseline[live.Cells[c]])) >= t.Scale))];
    }

    /// <summary>
    /// The least moves of the moving cells that meet every protection and every sum of a linked
    /// table, within the limits where they allow; null where they contradict each other.
    /// </summary>
    private static double[]? Adjust(ProtectedFigure figure, CellFigure[] cells, int[] movingCells, List<Group> groups,
        List<LinearConstraint> protections, IReadOnlyList<LinearConstraint> sums, double[] seed)
    {
        var mean = ProtectedFigures.IsMean(figure);
        var published = groups.Where(g => g.Published && !g.Elsewhere).ToList();
        var ridge = movingCells.Select(c => 1e-6 / Square(CellMinError(cells[c], mean))).ToArray();
        var program = new QuadraticProgram(movingCells.Length, published.Where(g => g.Live.Length > 0).Select(g => (g.Live, 1 / Square(g.Tolerance))), ridge);
        if (!program.Add(sums))
        {
            return null;
        }
        var solution = program.Add(protections) ? Limited(program, published) : new double[movingCells.Length];
        if (sums.Count > 0 && !protections.Concat(sums).All(p => p.Slack(solution) >= -1e-9 * p.Scale))
        {
            // The seed that makes up for a solver stopping short would undo the other table's sums: withhold instead.
            return null;
        }
        return Protected(solution, protections, seed);
    }

    /// <summary>
    /// What is left of a linked table when the other table's adjustments and the protections
    /// contradict: the other table's adjustment shared out, and every figure of this table withheld
    /// but those the other table's published figures give anyway, which are published as they give them.
    /// </summary>
    private static FigureAdjustment WithholdingAll(double[] baseline, List<Group> groups, int liveCount)
    {
        var given = new ModularSpan(liveCount);
        foreach (var g in groups.Where(g => g.Published && g.Elsewhere))
        {
            given.Add(g.Live);
        }
        return new(baseline, [.. groups.Select(g => g.Published && !g.Elsewhere && !given.Contains(g.Live))]);
    }

    /// <summary>
    /// The cells whose totals move: every cell with firms, while they are few enough for the solver
    /// (all of them give it the most room to make up for the protected ones). Beyond that, the
    /// cells of the protected sets, those that share a small published group with them, and the
    /// largest cells of every large group that holds them: every other cell keeps its exact total,
    /// which keeps the problem the size of what needs protecting however many labels the survey has.
    /// </summary>
    private static int[] Moving(List<LinearConstraint> targets, List<Group> groups, CellFigure[] cells, int[] liveCells, LinkedTable? linked, int[] liveIndex)
    {
        if (liveCells.Length <= MaxMovingCells && linked is null)
        {
            return [.. Enumerable.Range(0, liveCells.Length)];
        }
        var protectedCells = targets.SelectMany(t => t.Cells).ToHashSet();
        var holding = groups.Where(g => g.Published && !g.Elsewhere && g.Live.Any(protectedCells.Contains)).ToList();
        var neighbours = holding.Where(g => g.SmRows < DisclosureRules.LargeGroup).SelectMany(g => g.Live);
        var compensating = holding.Where(g => g.SmRows >= DisclosureRules.LargeGroup)
            .SelectMany(g => g.Live.Where(c => !protectedCells.Contains(c)).OrderByDescending(c => cells[liveCells[c]].Base).ThenBy(c => c).Take(CompensatingCells));
        var chosen = protectedCells.Union(neighbours).Union(compensating).Union(OutOfLimits(groups, cells, liveCells)).ToHashSet();
        if (linked is not null)
        {
            // A cell moves with every cell the other table's cell splits into: their moves must add up to nothing.
            chosen.UnionWith(linked.Sums.Select(s => s.Cells.Select(c => liveIndex[c]).Where(c => c >= 0).ToArray()).Where(s => s.Any(chosen.Contains)).SelectMany(s => s).ToList());
        }
        return [.. chosen.Order()];
    }

    /// <summary>The cells of published groups whose starting adjustment already breaks their limits, which must be able to move back.</summary>
    private static IEnumerable<int> OutOfLimits(List<Group> groups, CellFigure[] cells, int[] liveCells) =>
        groups.Where(g => g.Published && !g.Elsewhere && !WithinLimits(g, g.Offset))
            .SelectMany(g => g.Live.OrderByDescending(c => cells[liveCells[c]].Base).ThenBy(c => c).Take(CompensatingCells));

    /// <summary>The cells with any firm in the figure's base, and each cell's index among them (-1 for the rest).</summary>
    private static (int[] Cells, int[] Index, int Count) LiveCells(CellFigure[] cells)
    {
        var index = new int[cells.Length];
        var kept = new List<int>();
        for (var c = 0; c < cells.Length; c++)
        {
            index[c] = cells[c].Rows > 0 ? kept.Count : -1;
            if (cells[c].Rows > 0)
            {
                kept.Add(c);
            }
        }
        return ([.. kept], index, kept.Count);
    }

    private static Group Summarise(CubeGroup source, CellFigure[] cells, int[] liveIndex, ProtectedFigure figure, int minN, bool withheld)
    {
        double total = 0, baseWeight = 0, maxWeight = 0;
        int rows = 0, smRows = 0;
        var live = new List<int>();
        foreach (var c in source.Cells)
        {
            var cell = cells[c];
            total += cell.Total;
            baseWeight += cell.Base;
            rows += cell.Rows;
            smRows += cell.SmRows;
            maxWeight = Math.Max(maxWeight, cell.MaxWeight);
            if (liveIndex[c] >= 0)
            {
                live.Add(liveIndex[c]);
            }
        }
        var publishable = smRows >= minN && (!ProtectedFigures.NeedsOwnBase(figure) || rows >= minN) && !withheld;
        var mean = ProtectedFigures.IsMean(figure);
        return new Group(source, [.. live], total, baseWeight, maxWeight, smRows, mean,
            Published: publishable && !source.Virtual,
            Target: !publishable && rows > 0);
    }

    /// <summary>
    /// The withheld groups whose total follows from the published ones, one per distinct set of
    /// cells, each with the least adjustment it needs: its minimum error times a secret margin.
    /// </summary>
    private static List<LinearConstraint> DerivableTargets(List<Group> groups, int liveCount, ProtectedFigure figure, KeyedRandom random)
    {
        var span = new ModularSpan(liveCount);
        foreach (var g in groups.Where(g => g.Published))
        {
            span.Add(g.Live);
        }
        // What the other table's published groups alone give, the other table protects.
        var elsewhere = new ModularSpan(liveCount);
        foreach (var g in groups.Where(g => g.Published && g.Elsewhere))
        {
            elsewhere.Add(g.Live);
        }
        var targets = new Dictionary<int[], LinearConstraint>(GroupCodes.Comparer);
        foreach (var g in groups.Where(g => g.Target && span.Contains(g.Live) && !elsewhere.Contains(g.Live)))
        {
            var margin = DisclosureRules.MarginLow + ((DisclosureRules.MarginHigh - DisclosureRules.MarginLow) * random.Uniform(figure, KeyedRandom.Draw.Margin, g.Source.Codes));
            var protection = new LinearConstraint(g.Live, 1, g.MinError * margin, g.MinError);
            if (!targets.TryGetValue(g.Live, out var known) || known.Bound < protection.Bound)
            {
                targets[g.Live] = protection;
            }
        }
        return [.. targets.OrderBy(t => t.Key, GroupCodes.Comparer).Select(t => t.Value)];
    }

    /// <summary>
    /// A first adjustment of every cell, of random size, whose signs decide the direction of each
    /// protection: each cell in turn (in a secret order) takes the sign that moves the published
    /// totals it is part of back towards zero, so that directions tend to cancel where they add up.
    /// </summary>
    private static double[] Seed(ProtectedFigure figure, CellFigure[] cells, IReadOnlyList<int[]> cellCodes,
        int[] moving, List<Group> published, KeyedRandom random)
    {
        var mean = ProtectedFigures.IsMean(figure);
        var memberOf = Enumerable.Range(0, moving.Length).Select(_ => new List<int>()).ToArray();
        for (var g = 0; g < published.Count; g++)
        {
            foreach (var c in published[g].Live)
            {
                memberOf[c].Add(g);
            }
        }
        var totals = new double[published.Count];
        var seed = new double[moving.Length];
        var order = Enumerable.Range(0, moving.Length).OrderBy(i => random.Uniform(figure, KeyedRandom.Draw.Order, cellCodes[moving[i]]));
        foreach (var i in order)
        {
            var codes = cellCodes[moving[i]];
            var size = CellMinError(cells[moving[i]], mean) * (0.5 + random.Uniform(figure, KeyedRandom.Draw.Size, codes));
            var sign = Balancing(memberOf[i].Sum(g => totals[g] / Square(published[g].Tolerance)), figure, codes, random);
            seed[i] = sign * size;
            foreach (var g in memberOf[i])
            {
                totals[g] += seed[i];
            }
        }
        return seed;
    }

    /// <summary>
    /// The first adjustment with the direction of some protections reversed: in each published group
    /// that moved past its limit (of those that overlap, the furthest past), the protected set inside
    /// it that pushes it that way and whose direction the first adjustment decides least firmly (the
    /// smallest sum over its cells) turns round, its cells' first adjustments negated. The directions
    /// still come from one vector, so the protections can still be met together, and from the secret
    /// draws alone.
    /// </summary>
    private static double[] Redirected(double[] seed, List<(Group Group, double Moved)> exceeding, List<LinearConstraint> protections)
    {
        var redirected = (double[])seed.Clone();
        var turned = new HashSet<int>();
        foreach (var (g, moved) in exceeding.OrderByDescending(e => Math.Abs(e.Moved) / Limit(e.Group)))
        {
            if (g.Live.Any(turned.Contains))
            {
                // Its move changes already with a set turned round inside it.
                continue;
            }
            var inside = g.Live.ToHashSet();
            var weakest = protections
                .Where(p => p.Sign == Math.Sign(moved) && p.Cells.Length > 0 && p.Cells.All(inside.Contains))
                .MinBy(p => p.Dot(seed));
            if (weakest is null)
            {
                continue;
            }
            foreach (var c in weakest.Cells)
            {
                redirected[c] = -seed[c];
                turned.Add(c);
            }
        }
        return redirected;
    }

    /// <summary>The sign that moves the published totals back towards zero, weighed by their pull; a keyed coin where they balance.</summary>
    private static int Balancing(double pull, ProtectedFigure figure, int[] codes, KeyedRandom random) =>
        pull != 0 ? -Math.Sign(pull) : random.Uniform(figure, KeyedRandom.Draw.Sign, codes) < 0.5 ? 1 : -1;

    /// <summary>
    /// Keeps the published groups within their limits where the protection allows: first every share
    /// that could otherwise leave [0, 1], then the groups of <see cref="DisclosureRules.LargeGroup"/>
    /// firms or more, then any group that moved too far, largest first. A limit that contradicts the
    /// protection (and the limits kept before it) is left out.
    /// </summary>
    private static double[] Limited(QuadraticProgram program, List<Group> published)
    {
        foreach (var g in published.Where(g => g.Room(up: false) < g.MaxError).OrderByDescending(g => g.SmRows))
        {
            program.Add([new LinearConstraint(g.Live, 1, -g.Total - g.Offset, g.MinError)]);
        }
        foreach (var g in published.Where(g => g.Room(up: true) < g.MaxError).OrderByDescending(g => g.SmRows))
        {
            program.Add([new LinearConstraint(g.Live, -1, g.Total + g.Offset - g.Base, g.MinError)]);
        }
        foreach (var g in published.Where(g => g.SmRows >= DisclosureRules.LargeGroup).OrderByDescending(g => g.SmRows))
        {
            program.Add(Limits(g, Headroom * g.Tolerance));
        }
        var tried = new HashSet<Group>();
        for (var round = 0; round < AccuracyRounds; round++)
        {
            var solution = program.Solution;
            var exceeding = published.Where(g => !tried.Contains(g) && !WithinLimits(g, g.Offset + Sum(solution, g.Live))).OrderByDescending(g => g.SmRows).ToList();
            if (exceeding.Count == 0)
            {
                break;
            }
            foreach (var g in exceeding)
            {
                tried.Add(g);
                program.Add(Limits(g, Headroom * g.MaxError));
            }
        }
        return program.Solution;
    }

    /// <summary>|Σ d| ≤ limit over the group's cells (its offset included) and, for a share, the group's count kept in [0, its base].</summary>
    private static LinearConstraint[] Limits(Group g, double limit) =>
    [
        new(g.Live, 1, (g.Mean ? -limit : Math.Max(-limit, -g.Total)) - g.Offset, g.MinError),
        new(g.Live, -1, (g.Mean ? -limit : Math.Max(-limit, g.Total - g.Base)) + g.Offset, g.MinError),
    ];

    /// <summary>
    /// The solution, made to meet every protection even if the solver stopped short: the seed has the
    /// direction of every protection, so adding enough of it meets them all.
    /// </summary>
    private static double[] Protected(double[] d, List<LinearConstraint> protections, double[] seed)
    {
        var scale = 0.0;
        foreach (var p in protections)
        {
            var reached = p.Dot(d);
            if (reached < p.Bound)
            {
                scale = Math.Max(scale, (p.Bound - reached) / p.Dot(seed));
            }
        }
        if (scale > 0)
        {
            for (var c = 0; c < d.Length; c++)
            {
                d[c] += scale * seed[c];
            }
        }
        return d;
    }

    /// <summary>
    /// Whether a published figure moves too far (or a share out of [0, 1]) and can be withheld
    /// instead: only if its adjustment is at least its minimum error, since a withheld figure can
    /// still be derived from the others, with this very adjustment.
    /// </summary>
    private static bool MisleadsAndIsSafeToWithhold(Group g, double adjustment) =>
        !WithinLimits(g, adjustment) && Math.Abs(adjustment) >= g.MinError;

    /// <summary>
    /// Within the group's limit (its large-group limit from <see cref="DisclosureRules.LargeGroup"/> firms), and a share in [0, 1]
    /// up to the solver's rounding, which the published share is clamped to: a share held at 0 or 1 by its bound otherwise
    /// lands a last bit outside it, and would be withheld for that.
    /// </summary>
    private static bool WithinLimits(Group g, double adjustment)
    {
        var rounding = RangeRounding * Math.Max(1, g.Base);
        return Math.Abs(adjustment) <= Limit(g)
            && (g.Mean || (g.Total + adjustment >= -rounding && g.Total + adjustment <= g.Base + rounding));
    }

    private static double Limit(Group g) => g.SmRows >= DisclosureRules.LargeGroup ? g.Tolerance : g.MaxError;

    private static double CellMinError(CellFigure cell, bool mean) => DisclosureRules.MinError(mean, cell.Total, cell.Base, cell.MaxWeight);

    private static double Sum(double[] values, int[] cells)
    {
        var sum = 0.0;
        foreach (var c in cells)
        {
            sum += values[c];
        }
        return sum;
    }

    private static double Square(double x) => x * x;

    /// <param name="Live">The group's cells that have firms in the figure's base, as live indices; once the moving cells are known, as their indices.</param>
    private sealed record Group(CubeGroup Source, int[] Live, double Total, double Base, double MaxWeight, int SmRows, bool Mean, bool Published, bool Target)
    {
        /// <summary>Whether the group is the other table's (<see cref="LinkedTable"/>): adjusted there, and only looked at here.</summary>
        public bool Elsewhere { get; init; }

        public double MinError => DisclosureRules.MinError(Mean, Total, Base, MaxWeight);

        public double MaxError => DisclosureRules.MaxError(Mean, Total, Base, MaxWeight);

        /// <summary>How far a share's count may move down (or up) from its offset before it leaves [0, its base]; unlimited for a mean.</summary>
        public double Room(bool up) => Mean ? double.PositiveInfinity : up ? Base - Total - Offset : Total + Offset;

        /// <summary>Where the group's adjustment starts: the other table's, shared out in proportion (<see cref="LinkedTable"/>); 0 otherwise.</summary>
        public double Offset { get; init; }

        /// <summary>The accuracy a large group must keep, used as the unit of every published group's squared error.</summary>
        public double Tolerance => DisclosureRules.LargeGroupError(Mean, Total, Base);
    }
}

/// <summary>One figure's adjustment of each cell's total, and which groups' figures are withheld because they would move too far.</summary>
internal sealed record FigureAdjustment(double[] CellAdjustments, bool[] WithheldForAccuracy)
{
    /// <summary>Published figures that move past their limit by less than their minimum error, which the next round withholds; null when there are none.</summary>
    public bool[]? Unprotected { get; init; }
}

/// <summary>
/// A table whose cells split another's, already adjusted: a cut, whose cells are each cube cell's
/// firms of one band (and one segment). The cube's groups are part of the table (<see cref="Elsewhere"/>),
/// and each cube cell's adjustment is shared out among the cells it splits into (<see cref="Sums"/>),
/// so that both tables' published totals agree and any sum or difference across them is a sum of
/// these cells, protected here.
/// </summary>
/// <param name="Elsewhere">Per group, whether it is the other table's.</param>
/// <param name="Sums">Per cell of the other table: the cells it splits into, and its adjustment.</param>
internal sealed record LinkedTable(bool[] Elsewhere, IReadOnlyList<(int[] Cells, double Sum)> Sums)
{
    /// <summary>Whether a set of live cells (<paramref name="cellOfLive"/> maps them to cells) is made of whole cells of the other table: every cell it splits into with firms, or none.</summary>
    public Func<int[], bool> Whole(int[] cellOfLive)
    {
        var owner = new Dictionary<int, int>();
        for (var s = 0; s < Sums.Count; s++)
        {
            foreach (var c in Sums[s].Cells)
            {
                owner[c] = s;
            }
        }
        var live = cellOfLive.ToHashSet();
        return liveCells =>
        {
            var set = liveCells.Select(c => cellOfLive[c]).ToHashSet();
            return set.Select(c => owner[c]).Distinct().All(s => Sums[s].Cells.Where(live.Contains).All(set.Contains));
        };
    }

    /// <summary>Each cell of the other table's adjustment, shared out among its cells in proportion to their base.</summary>
    public double[] Proportional(CellFigure[] cells)
    {
        var shares = new double[cells.Length];
        foreach (var (split, sum) in Sums)
        {
            var total = split.Sum(c => cells[c].Base);
            foreach (var c in split)
            {
                shares[c] = total > 0 ? sum * cells[c].Base / total : 0;
            }
        }
        return shares;
    }

    /// <summary>
    /// The moves from <see cref="Proportional"/> of the cells each cell of the other table splits into
    /// add up to nothing (two opposite inequalities each), so their adjustments still add up to its own.
    /// </summary>
    public IReadOnlyList<LinearConstraint> Equalities(int[] liveIndex, int[] variableOf) =>
    [
        .. Sums.Select(s => (Cells: s.Cells.Select(c => liveIndex[c]).Where(c => c >= 0).Select(c => variableOf[c]).Where(v => v >= 0).ToArray(), s.Sum))
            .Where(s => s.Cells.Length > 0)
            .SelectMany(s => new LinearConstraint[]
            {
                new(s.Cells, 1, 0, Scale(s.Sum)),
                new(s.Cells, -1, 0, Scale(s.Sum)),
            }),
    ];

    private static double Scale(double sum) => Math.Max(Math.Abs(sum), 1e-3);
}
