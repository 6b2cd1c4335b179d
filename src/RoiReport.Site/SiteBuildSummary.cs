namespace RoiReport.Site;

/// <param name="ChartsDrawn">The charts drawn by this build; the others came from the cache.</param>
public sealed record SiteBuildSummary(int Pages, int Charts, int ChartsDrawn);
