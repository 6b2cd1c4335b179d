namespace RoiReport.Site;

/// <summary>The folders a site is built from.</summary>
public sealed record SiteSources(string InputFolder, string ThemeFolder);
