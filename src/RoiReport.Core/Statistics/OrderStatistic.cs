namespace RoiReport.Core.Statistics;

/// <summary>
/// A value read off a sorted sample, with the rows (0-based, in sorted order) it was read from,
/// so that callers can tell whether it rests on a single firm.
/// </summary>
public readonly record struct OrderStatistic(double Value, int FirstRow, int LastRow)
{
    /// <summary>True when the value is the lowest- or the highest-ranked row's alone.</summary>
    public bool RestsOnExtremeRow(int rows) =>
        FirstRow == LastRow && (FirstRow == 0 || FirstRow == rows - 1);
}
