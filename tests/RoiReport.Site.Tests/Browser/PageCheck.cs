namespace RoiReport.Site.Tests.Browser;

/// <summary>What a check run in a page returns: how many things (charts, figures) it looked at, and what it found wrong.</summary>
internal sealed class PageCheck
{
    public int Checked { get; set; }

    public string[] Problems { get; set; } = [];
}
