namespace RoiReport.Site;

/// <summary>What a site is built from besides its figures.</summary>
/// <param name="ThemeFolder">The site's own theme files, which override the built-in theme's; null for the built-in theme alone.</param>
public sealed record SiteSources(string InputFolder, string? ThemeFolder);
