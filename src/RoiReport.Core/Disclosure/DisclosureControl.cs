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
    public static WaveProtection Protect(int year, IReadOnlyList<int[]> cellCodes, GroupTotals[] cellTotals, IReadOnlyList<CubeGroup> cube, BenchmarkSettings settings)
    {
        var random = new KeyedRandom(Key(year, cellCodes, cellTotals));
        var adjustments = new FigureAdjustment[ProtectedFigures.All.Count];
        FigureAdjustment Solve(ProtectedFigure figure, bool[]? alsoWithheld) =>
            TabularAdjustment.Solve(figure, [.. cellTotals.Select(t => CellFigureOf(figure, t))], cellCodes, cube, settings.MinN, random, alsoWithheld);
        Parallel.ForEach(ProtectedFigures.All.Where(f => f != ProtectedFigure.Unattributed), figure => adjustments[(int)figure] = Solve(figure, null));
        // The bounds show the positive count beside the unattributed one: where the control withholds
        // the first, the bounds go too, so the second is withheld there and protected like any other.
        adjustments[(int)ProtectedFigure.Unattributed] = Solve(ProtectedFigure.Unattributed, adjustments[(int)ProtectedFigure.SharePositive].WithheldForAccuracy);
        return new WaveProtection(adjustments);
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
internal sealed class WaveProtection(FigureAdjustment[] adjustments)
{
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

    /// <summary>Whether the figure of the cube's group at this index is withheld because its adjustment would mislead.</summary>
    public bool WithheldForAccuracy(ProtectedFigure figure, int group) => adjustments[(int)figure].WithheldForAccuracy[group];
}
