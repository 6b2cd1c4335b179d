using ScottPlot;

namespace RoiReport.Site.Charts;

/// <summary>
/// The publication style of the charts. Colours are the Okabe–Ito palette, distinguishable with
/// the common colour-vision deficiencies; the theme's CSS maps these exact values to its light and
/// dark colours on inlined SVG, so they must stay in step with theme/assets/site.css.
/// </summary>
public static class ChartStyle
{
    /// <summary>The font the charts are measured and drawn with; the theme ships it and names it first.</summary>
    public const string FontName = "DejaVu Sans";

    public const int Width = 800;
    public const int Height = 440;

    /// <summary>
    /// The width of the drawing for phones, where it is shown at about 300 to 570 px: text of 14
    /// units stays near 10 px or more. Its height follows its rows.
    /// </summary>
    public const int NarrowWidth = 400;

    public const float TitleSize = 19;
    public const float TextSize = 14;
    public const float AxisLabelSize = 16;

    /// <summary>PNGs are drawn at twice the SVG's size, sharp on high-density screens and in social cards.</summary>
    public const int PngWidth = 2 * Width;
    public const int PngHeight = 2 * Height;

    public static Color Background { get; } = Color.FromHex("#FFFFFF");
    public static Color Text { get; } = Color.FromHex("#1B1B1F");
    public static Color Grid { get; } = Color.FromHex("#E3E3E8");
    public static Color Zero { get; } = Color.FromHex("#6B6B76");
    public static Color SocialMedia { get; } = Color.FromHex("#0072B2");
    public static Color OtherMarketing { get; } = Color.FromHex("#E69F00");

    /// <summary>B2C beside B2B (which takes <see cref="SocialMedia"/>'s blue) on charts by segment.</summary>
    public static Color SecondSegment { get; } = Color.FromHex("#009E73");

    public static Color SeriesColor(string series) => series switch
    {
        ChartBuilder.OtherMarketingSeries => OtherMarketing,
        "B2C" => SecondSegment,
        _ => SocialMedia,
    };
}
