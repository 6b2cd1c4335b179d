namespace RoiReport.Site;

/// <param name="ChartsDrawn">The charts drawn by this build; the others came from the cache.</param>
/// <param name="Theme">The theme the site was built with, for the next build to use again while it is unchanged.</param>
public sealed record SiteBuildSummary(int Pages, int Charts, int ChartsDrawn, Theme.Theme Theme);
