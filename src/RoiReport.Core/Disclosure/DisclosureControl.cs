using System.Security.Cryptography;
using RoiReport.Core.Benchmarks;

namespace RoiReport.Core.Disclosure;

/// <summary>
/// Protects the figures of one wave that are totals in disguise (<see cref="ProtectedFigure"/>),
/// cell by cell, so that no withheld figure can be worked back out of the published ones.
/// </summary>
internal static class DisclosureControl
{
    /// <param name="cellCodes">Each cell's label code per dimension, as the groups' codes use them.</param>
    /// <param name="cellTotals">What each cell's firms add up to.</param>
    /// <param name="cube">Every group of the wave's cube, blank-label sets included.</param>
    public static WaveProtection Protect(int year, IReadOnlyList<int[]> cellCodes, GroupTotals[] cellTotals, IReadOnlyList<CubeGroup> cube, BenchmarkSettings settings) =>
        Protect(new KeyedRandom(Key(year, cellCodes, cellTotals)), cellCodes, cellTotals, cube, settings, (_, withheld) => (withheld, null));

    /// <summary>
    /// Protects a cut of a wave together with its cube. The cut's cells split the cube's cells by
    /// segment and band; <paramref name="table"/> holds the cube's groups first (<paramref name="cubeGroups"/>
    /// of them, as the cube published them) and then the cut's, all on these cells. Each cube cell's
    /// adjustment is shared out among the cells it splits into (<paramref name="splits"/>, by cube
    /// cell), so the two releases agree, and every withheld set that sums and differences across
    /// both reach is protected here, unless the cube's published groups alone reach it.
    /// </summary>
    public static WaveProtection ProtectCut(WaveProtection cube, string name, IReadOnlyList<int[]> cellCodes, GroupTotals[] cellTotals,
        IReadOnlyList<CubeGroup> table, int cubeGroups, IReadOnlyList<int[]> splits, BenchmarkSettings settings)
    {
        var elsewhere = table.Select((_, g) => g < cubeGroups).ToArray();
        return Protect(cube.Random.For(name), cellCodes, cellTotals, table, settings, (figure, withheld) =>
        (
            [.. table.Select((_, g) => g < cubeGroups ? cube.Withheld(figure, g) : withheld?[g] ?? false)],
            new LinkedTable(elsewhere, [.. splits.Select((split, c) => (split, cube.CellAdjustment(figure, c)))])
        ));
    }

    /// <param name="setup">Per figure, given the groups the figure must also withhold (the share with a positive return's, for the bounds): which groups are withheld whatever their thresholds, and the linked table.</param>
    private static WaveProtection Protect(KeyedRandom random, IReadOnlyList<int[]> cellCodes, GroupTotals[] cellTotals, IReadOnlyList<CubeGroup> cube,
        BenchmarkSettings settings, Func<ProtectedFigure, bool[]?, (bool[]? AlsoWithheld, LinkedTable? Linked)> setup)
    {
        var adjustments = new FigureAdjustment[ProtectedFigures.All.Count];
        FigureAdjustment Solve(ProtectedFigure figure, bool[]? withheld)
        {
            var (alsoWithheld, linked) = setup(figure, withheld);
            return TabularAdjustment.Solve(figure, [.. cellTotals.Select(t => CellFigureOf(figure, t))], cellCodes, cube, settings.MinN, random, alsoWithheld, linked);
        }
        Parallel.ForEach(ProtectedFigures.All.Where(f => f != ProtectedFigure.Unattributed), figure => adjustments[(int)figure] = Solve(figure, null));
        // The bounds show the positive count beside the unattributed one: where the control withholds
        // the first, the bounds go too, so the second is withheld there and protected like any other.
        var positive = adjustments[(int)ProtectedFigure.SharePositive].WithheldForAccuracy;
        var unattributed = Solve(ProtectedFigure.Unattributed, positive);
        adjustments[(int)ProtectedFigure.Unattributed] = unattributed with
        {
            WithheldForAccuracy = [.. unattributed.WithheldForAccuracy.Zip(positive, (own, p) => own || p)],
        };
        return new WaveProtection(adjustments, random);
    }

    /// <summary>
    /// The key of a wave's noise: a hash of every cell's codes, respondents and digest of its firms'
    /// figures, in the order of the codes. It depends on the data alone, not on the order of rows or
    /// files, and nobody without the data can compute it.
    /// </summary>
    private static byte[] Key(int year, IReadOnlyList<int[]> cellCodes, GroupTotals[] cellTotals)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData("roireport disclosure control 1"u8);
        hash.AppendData(BitConverter.GetBytes(year));
        foreach (var c in Enumerable.Range(0, cellCodes.Count).OrderBy(c => cellCodes[c], GroupCodes.Comparer))
        {
            foreach (var code in cellCodes[c])
            {
                hash.AppendData(BitConverter.GetBytes(code));
            }
            hash.AppendData(BitConverter.GetBytes(cellTotals[c].Respondents));
            hash.AppendData(BitConverter.GetBytes(cellTotals[c].Digest));
        }
        return hash.GetHashAndReset();
    }

    private static CellFigure CellFigureOf(ProtectedFigure figure, GroupTotals t) => figure switch
    {
        ProtectedFigure.Mean => new(t.SocialMedia.Sum, t.SocialMedia.Weight.Value, t.SocialMedia.N, t.SocialMedia.MaxWeight, t.SocialMedia.N),
        ProtectedFigure.SharePositive => new(t.SocialMedia.PositiveWeight.Value, t.SocialMedia.Weight.Value, t.SocialMedia.N, t.SocialMedia.MaxWeight, t.SocialMedia.N),
        ProtectedFigure.ShareAttributing => new(t.AttributingWeight.Value, t.RespondentWeight.Value, t.Respondents, t.RespondentMaxWeight, t.SocialMedia.N),
        ProtectedFigure.OtherMean => new(t.Other.Sum, t.Other.Weight.Value, t.Other.N, t.Other.MaxWeight, t.SocialMedia.N),
        ProtectedFigure.ShareSmGeOther => new(t.SmAtLeastOtherWeight.Value, t.BothWeight.Value, t.BothN, t.BothMaxWeight, t.SocialMedia.N),
        ProtectedFigure.Unattributed => new(t.UnattributedWeight.Value, t.RespondentWeight.Value, t.Respondents, t.RespondentMaxWeight, t.SocialMedia.N),
        ProtectedFigure.AboveStaffCost => new(t.AboveStaffCostWeight.Value, t.StaffCostWeight.Value, t.StaffCostN, t.StaffCostMaxWeight, t.SocialMedia.N),
        _ => throw new ArgumentOutOfRangeException(nameof(figure)),
    };
}

/// <summary>A wave's adjustments: per protected figure, each cell's, and which groups' figures are withheld for accuracy.</summary>
internal sealed class WaveProtection(FigureAdjustment[] adjustments, KeyedRandom random)
{
    /// <summary>The table's secret numbers, from which a linked table draws its own.</summary>
    public KeyedRandom Random { get; } = random;

    /// <summary>The adjustment of a group's total of the figure: its cells', added in their order.</summary>
    public double Adjustment(ProtectedFigure figure, CubeGroup group)
    {
        var cells = adjustments[(int)figure].CellAdjustments;
        var sum = 0.0;
        foreach (var c in group.Cells)
        {
            sum += cells[c];
        }
        return sum;
    }

    /// <summary>Whether the figure of the cube's group at this index is withheld although its thresholds allow it: its adjustment would mislead.</summary>
    public bool Withheld(ProtectedFigure figure, int group) => adjustments[(int)figure].WithheldForAccuracy[group];

    public double CellAdjustment(ProtectedFigure figure, int cell) => adjustments[(int)figure].CellAdjustments[cell];
}
