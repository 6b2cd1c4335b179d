using RoiReport.Core.Benchmarks;
using RoiReport.Core.Survey;

namespace RoiReport.Core.Tests.Benchmarks;

/// <summary>
/// A second, deliberately plain implementation of the published rules for unweighted data: filter
/// the group's rows, compute returns, sort, read quantiles by R's type 7 formula. The engine is
/// checked against it group by group.
/// </summary>
internal static class NaiveBenchmark
{
    public static List<SurveyResponse> Members(IEnumerable<SurveyResponse> rows, PeerGroupKey key) =>
        [.. rows.Where(r => r.Year == key.Year
            && (key.Segment is null || (r.Segment == Segment.B2B ? "B2B" : "B2C") == key.Segment)
            && (key.Industry is null || r.Industry == key.Industry)
            && (key.Employees is null || r.Employees == key.Employees))];

    public static double? Return(ChannelInput c) =>
        c.Sales is null || c.Hours is null or 0 || c.DirectCosts is null ? null : (c.Sales - c.DirectCosts) / c.Hours;

    public static double Type7(double[] sorted, double p)
    {
        var index = 1 + ((sorted.Length - 1) * p);
        var lo = (int)Math.Floor(index);
        var hi = (int)Math.Ceiling(index);
        var h = index - lo;
        return sorted[lo - 1] == sorted[hi - 1] ? sorted[lo - 1] : ((1 - h) * sorted[lo - 1]) + (h * sorted[hi - 1]);
    }
}
