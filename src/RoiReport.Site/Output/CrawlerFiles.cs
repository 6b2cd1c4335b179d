using System.Globalization;
using System.Xml.Linq;
using RoiReport.Site.Pages;

namespace RoiReport.Site.Output;

/// <summary>The files hosts, crawlers and feed readers expect beside the pages.</summary>
public static class CrawlerFiles
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private const string XmlDeclaration = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";

    /// <summary>sitemap.xml, which needs absolute URLs: null without an absolute base URL.</summary>
    public static string? SitemapXml(IEnumerable<PlannedPage> pages, SiteOptions options)
    {
        if (!options.HasAbsoluteBaseUrl)
        {
            return null;
        }
        var urls = pages.Where(p => p.Path != "404.html" && p.Layout != "embed").Select(p => new XElement(Sitemap + "url", new XElement(Sitemap + "loc", options.AbsoluteUrl(p.Path))));
        return XmlDeclaration + new XElement(Sitemap + "urlset", urls) + "\n";
    }

    public static string RobotsTxt(SiteOptions options) =>
        "User-agent: *\nAllow: /\n" + (options.HasAbsoluteBaseUrl ? $"Sitemap: {options.AbsoluteUrl("sitemap.xml")}\n" : "");

    /// <summary>An Atom feed of the posts; its dates come from the posts, so rebuilding changes nothing.</summary>
    public static string FeedXml(IReadOnlyList<PlannedPage> posts, SiteOptions options)
    {
        static string Stamp(DateOnly? date) => (date ?? new DateOnly(2000, 1, 1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
        string Link(string path) => options.AbsoluteUrl(path) ?? options.BaseUrl + path;

        var ordered = posts.OrderByDescending(p => p.Date).ThenBy(p => p.Path, StringComparer.Ordinal).ToList();
        var feed = new XElement(Atom + "feed",
            new XElement(Atom + "title", options.Title),
            new XElement(Atom + "subtitle", options.Description),
            new XElement(Atom + "id", Link("")),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", Link("feed.xml"))),
            new XElement(Atom + "link", new XAttribute("href", Link(""))),
            new XElement(Atom + "updated", Stamp(ordered.FirstOrDefault()?.Date)),
            new XElement(Atom + "author", new XElement(Atom + "name", options.Publisher)),
            ordered.Select(p => new XElement(Atom + "entry",
                new XElement(Atom + "title", p.Title),
                new XElement(Atom + "id", Link(p.Path)),
                new XElement(Atom + "link", new XAttribute("href", Link(p.Path))),
                new XElement(Atom + "updated", Stamp(p.Date)),
                new XElement(Atom + "summary", p.Description))));
        return XmlDeclaration + feed + "\n";
    }
}
