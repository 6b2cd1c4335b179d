namespace RoiReport.Site.Charts;

/// <summary>What a chart shows, before it is drawn.</summary>
/// <param name="Id">Depends only on the kind and the group, so embeds survive rebuilds with new data.</param>
public sealed record Chart(string Id, ChartKind Kind, string Title, IReadOnlyList<ChartRow> Rows);
