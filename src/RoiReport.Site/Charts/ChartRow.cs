namespace RoiReport.Site.Charts;

/// <summary>One box (or one wave of a trend, or one bar of shares) of a chart, with the published figures it is drawn from.</summary>
public sealed record ChartRow(
    string Label,
    string Series,
    int N,
    double? P10,
    double? P25,
    double? P50,
    double? P75,
    double? P90,
    double? CiLow,
    double? CiHigh)
{
    /// <summary>The bar's share, on a chart of shares (whose quantiles are null), of <see cref="N"/> firms.</summary>
    public double? Share { get; init; }
}
