namespace RoiReport.Site.Charts;

/// <summary>A chart drawn: SVG ready to inline in a page, PNG for social cards and e-mail, and its text alternative.</summary>
public sealed record RenderedChart(Chart Chart, string Svg, byte[] Png, string AltText);
