namespace RoiReport.Site;

public sealed record SiteBuildSummary(int Pages, int Charts);
