namespace RoiReport.Site.Tests.Browser;

/// <summary>What a check run in a page returns: how many charts it looked at, and what it found wrong.</summary>
internal sealed class PageCheck
{
    public int Charts { get; set; }

    public string[] Problems { get; set; } = [];
}
