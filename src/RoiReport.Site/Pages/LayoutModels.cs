namespace RoiReport.Site.Pages;

// What the theme's layouts and partials receive (docs/theme.md). Handlebars.Net finds a member by
// its name in any case, so a template writes {{site.minN}} for Site.MinN. Every figure is already
// formatted for reading; a null field is one the page does not have.

/// <summary>What every layout receives; the model of each kind of page adds its own fields.</summary>
/// <param name="Root">The relative way back to the site's root, so the site works from any sub-path and from disk.</param>
/// <param name="Bare">An embed page, without header or footer.</param>
public record LayoutModel(string Root, bool Bare, SiteModel Site, PageInfo Page, NavModel Nav)
{
    /// <summary>The page's Markdown as HTML, with its shortcodes resolved.</summary>
    public string? Content { get; init; }

    /// <summary>In the base layout only: the page's own layout, rendered.</summary>
    public string? Body { get; init; }
}

/// <param name="Figures">Whether the site has survey data.</param>
public sealed record SiteModel(string Title, string Language, string Publisher, int MinN, bool Figures);

/// <param name="FullTitle">The title with the site's.</param>
/// <param name="Canonical">Absolute, where the base URL is.</param>
/// <param name="Image">The page's chart as its social card, where the base URL is absolute.</param>
public sealed record PageInfo(string Title, string FullTitle, string Description, string? Canonical, string OgType, string? Image,
    int ImageWidth, int ImageHeight, string? ImageAlt, string? Date, string? DateText, IReadOnlyList<string> Tags);

/// <summary>Which navigation link is the current page's.</summary>
public sealed record NavModel(bool Benchmarks, bool Posts, bool Methodology, bool Compare);

/// <summary>The home page: the latest wave's charts, the waves and the latest posts.</summary>
public sealed record HomePage : LayoutModel
{
    public HomePage(LayoutModel common)
        : base(common)
    {
    }

    public required ChartModel? Featured { get; init; }

    public required IReadOnlyList<ChartModel> Answers { get; init; }

    public required IReadOnlyList<WaveLink> Waves { get; init; }

    public required IReadOnlyList<PostLink> Posts { get; init; }
}

public sealed record PostsPage : LayoutModel
{
    public PostsPage(LayoutModel common)
        : base(common)
    {
    }

    public required IReadOnlyList<PostLink> Posts { get; init; }
}

/// <summary>/benchmarks/: the waves.</summary>
public sealed record WavesPage : LayoutModel
{
    public WavesPage(LayoutModel common)
        : base(common)
    {
    }

    public required string Dimensions { get; init; }

    public required IReadOnlyList<WaveLink> Waves { get; init; }
}

/// <summary>A wave's page: every peer group of it.</summary>
public sealed record YearPage : LayoutModel
{
    public YearPage(LayoutModel common)
        : base(common)
    {
    }

    public required int Year { get; init; }

    public required string Currency { get; init; }

    public required string Summary { get; init; }

    public required ChartModel? Featured { get; init; }

    public required IReadOnlyList<string> Columns { get; init; }

    public required IReadOnlyList<GroupRow> Groups { get; init; }
}

/// <summary>A peer group's page; the fields from <see cref="Summary"/> on are null for a group too small to publish.</summary>
public sealed record GroupPage : LayoutModel
{
    public GroupPage(LayoutModel common)
        : base(common)
    {
    }

    public required string Name { get; init; }

    public required int Year { get; init; }

    public required string YearPath { get; init; }

    public required string Respondents { get; init; }

    public required string N { get; init; }

    public required bool Suppressed { get; init; }

    public required int MinN { get; init; }

    public required string Currency { get; init; }

    public required IReadOnlyList<GroupLink> Parents { get; init; }

    public required IReadOnlyList<GroupLink> Children { get; init; }

    public string? Summary { get; init; }

    public string? Caption { get; init; }

    public IReadOnlyList<FigureRow>? Figures { get; init; }

    public IReadOnlyList<ShareModel>? Shares { get; init; }

    public IReadOnlyList<ChartModel>? Charts { get; init; }

    public IReadOnlyList<ChartModel>? Answers { get; init; }
}

/// <summary>The methodology page: the settings and counts the figures were made with.</summary>
public sealed record MethodologyPage : LayoutModel
{
    public MethodologyPage(LayoutModel common)
        : base(common)
    {
    }

    public required string Waves { get; init; }

    public required string Respondents { get; init; }

    public required string Dimensions { get; init; }

    public required string Groups { get; init; }

    public required string Suppressed { get; init; }

    public required int MinN { get; init; }

    public required int TailMinN { get; init; }

    public required string Weights { get; init; }

    public required IReadOnlyList<ExclusionRow> Counts { get; init; }

    public required DisclosureModel Disclosure { get; init; }
}

public sealed record ComparePage : LayoutModel
{
    public ComparePage(LayoutModel common)
        : base(common)
    {
    }

    public required string Currency { get; init; }

    public required string CurrencySymbol { get; init; }
}

/// <summary>A chart's bare page for other sites to frame.</summary>
public sealed record EmbedPage : LayoutModel
{
    public EmbedPage(LayoutModel common)
        : base(common)
    {
    }

    public required ChartModel Chart { get; init; }

    public required string Back { get; init; }

    public required string SourceNote { get; init; }
}

/// <summary>/embed/: every chart's snippets.</summary>
public sealed record EmbedsPage : LayoutModel
{
    public EmbedsPage(LayoutModel common)
        : base(common)
    {
    }

    public required IReadOnlyList<EmbedLink> Charts { get; init; }
}

/// <summary>The chart partial's model.</summary>
/// <param name="Svg">A placeholder the build replaces with the chart's wide drawing: insert it raw.</param>
/// <param name="NarrowSvg">A placeholder for the narrow drawing, for phones: insert it raw.</param>
/// <param name="FirstColumn">What the rows are: Group, Wave, or a band's unit.</param>
/// <param name="Shares">A chart of shares rather than of the spread of hourly returns.</param>
/// <param name="Compact">No figures table or snippets, as on an embed page.</param>
/// <param name="EmbedFrame">The iframe snippet's HTML, as text to show; null when compact.</param>
public sealed record ChartModel(string Id, string Title, string Alt, string Svg, string NarrowSvg, string Root, string Currency, string FirstColumn, bool Shares, bool Compact,
    string? EmbedFrame, string? EmbedImage, IReadOnlyList<ChartRowModel> Rows)
{
    /// <summary>From the chart shortcode: the group the chart falls back to, where it asked for its parent.</summary>
    public string? Note { get; init; }
}

/// <summary>A row of a chart's figures table.</summary>
public sealed record ChartRowModel(string Label, string Share, string N, string P10, string P25, string P50, string P75, string P90, string Ci);

/// <summary>The benchmark-table partial's model: one published group's figures table.</summary>
public sealed record TableModel(string Caption, string Currency, string? Note, IReadOnlyList<FigureRow> Figures);

/// <summary>A row of a group's figures table: one channel, or each firm's gap between the two.</summary>
public sealed record FigureRow(string Label, string N, string P10, string P25, string P50, string P75, string P90, string Mean, string Ci);

/// <summary>A share and what it is the share of.</summary>
public sealed record ShareModel(string Value, string Label);

/// <summary>A broader or narrower group; <see cref="Median"/> and <see cref="N"/> only for narrower ones.</summary>
public sealed record GroupLink(string Name, string Path, bool Suppressed = false, string? Median = null, string? N = null);

/// <summary>A row of a wave's list of groups.</summary>
public sealed record GroupRow(IReadOnlyList<string> Labels, string Respondents, string N, bool Suppressed, string Median, string Path);

public sealed record WaveLink(int Year, string Path, string Respondents, string Published, string Suppressed);

public sealed record PostLink(string Title, string Path, string Date, string DateText, string? Description);

/// <summary>Why firms of a wave have no hourly return for a channel.</summary>
public sealed record ExclusionRow(int Year, string Channel, string Respondents, string Defined, string SalesBlank, string HoursBlank, string HoursZero, string CostsBlank);

/// <summary>The disclosure control's parameters as the methodology page states them.</summary>
public sealed record DisclosureModel(string Method, string MinRelative, string MinPerHour, string MarginLow, string MarginHigh, string MaxRelative, string MaxPerHour,
    string MaxShare, int LargeN, string LargeRelative, string LargePerHour, string LargeShare);

public sealed record EmbedLink(string Id, string Title, string EmbedFrame, string EmbedImage);

/// <summary>The embed-frame partial's model: the iframe snippet of a chart's embed page.</summary>
/// <param name="Height">The frame's height where a platform strips the snippet's script.</param>
public sealed record EmbedFrameModel(string Src, string Title, int Width, int Height);

/// <summary>The embed-image partial's model: the plain image snippet, for platforms that strip frames.</summary>
/// <param name="Width">The width it is shown at, the SVG's: the PNG has twice as many pixels, for high-density screens.</param>
public sealed record EmbedImageModel(string Src, string Alt, int Width, int Height);

/// <summary>The figure partial's model: one figure in an author's text, from the figure shortcode.</summary>
/// <param name="Withheld">Why the figure is withheld, where the disclosure control withheld it; null otherwise.</param>
/// <param name="Note">The group the figure falls back to, where the shortcode asked for its parent.</param>
public sealed record FigureModel(string Text, string? Withheld, string? Note);
