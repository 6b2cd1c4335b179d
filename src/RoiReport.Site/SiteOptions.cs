namespace RoiReport.Site;

/// <summary>The site: settings from the site: section of roireport.yml.</summary>
public sealed record SiteOptions
{
    public static SiteOptions Default { get; } = new();

    public string Title { get; init; } = "Social-media hourly return benchmark";

    public string Description { get; init; } =
        "What firms earn per hour they put into social media, against their peers and their other marketing.";

    /// <summary>
    /// Where the site is published, ending in '/'. Pages link to each other relatively, so the site
    /// works from any sub-path; an absolute URL here also gives canonical links, Open Graph images,
    /// a sitemap and feed links.
    /// </summary>
    public string BaseUrl { get; init; } = "/";

    /// <summary>ISO 4217 code of the survey's money figures.</summary>
    public string Currency { get; init; } = "USD";

    public string Language { get; init; } = "en";

    /// <summary>Who publishes the site, for the footer and the feed.</summary>
    public string Publisher { get; init; } = "RoiReport";

    public bool HasAbsoluteBaseUrl => Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    /// <summary>The absolute URL of a site path, or null when the base URL is not absolute.</summary>
    public string? AbsoluteUrl(string sitePath) => HasAbsoluteBaseUrl ? BaseUrl + sitePath : null;

    /// <summary>The path part of the base URL, for pages that a host serves at any address (404.html).</summary>
    public string BasePath => HasAbsoluteBaseUrl ? new Uri(BaseUrl).AbsolutePath : BaseUrl;
}
