namespace RoiReport.Core.Disclosure;

/// <summary>
/// One protected figure's total in one cell of a wave (the firms that share a label of every
/// dimension): the sum or count, its base weight, the rows in the base, and the largest weight there.
/// <paramref name="SmRows"/> is the cell's n, on which every figure's publication depends.
/// </summary>
internal readonly record struct CellFigure(double Total, double Base, int Rows, double MaxWeight, int SmRows);
