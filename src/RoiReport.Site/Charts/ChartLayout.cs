namespace RoiReport.Site.Charts;

/// <summary>
/// The size a chart is drawn at, and which way its categories run: across a wide drawing (desktops,
/// the files, social cards), or down a narrow one (phones), where each category's label has a line
/// of its own and never meets its neighbour's.
/// </summary>
internal readonly record struct ChartLayout(int Width, int Height, bool Narrow)
{
    public static ChartLayout Wide { get; } = new(ChartStyle.Width, ChartStyle.Height, false);

    /// <summary>The narrow drawing of a chart whose title takes <paramref name="titleLines"/> lines, tall enough for its rows.</summary>
    public static ChartLayout NarrowFor(Chart chart, int titleLines)
    {
        var title = 24 * titleLines;
        var body = chart.Kind switch
        {
            ChartKind.Distribution or ChartKind.Gap => 230,
            ChartKind.Trend => 330,
            _ => (chart.Kind == ChartKind.AttributingBySalesCycle ? 30 : 44) * chart.Rows.Count + 20,
        };
        return new(ChartStyle.NarrowWidth, 110 + title + body, true);
    }
}
