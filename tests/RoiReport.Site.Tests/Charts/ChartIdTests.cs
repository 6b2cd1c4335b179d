using RoiReport.Core.Benchmarks;
using RoiReport.Core.Sample;
using RoiReport.Site.Charts;
using RoiReport.Site.Pages;

namespace RoiReport.Site.Tests.Charts;

public sealed class ChartIdTests
{
    private static Dictionary<(ChartKind, PeerGroupKey), string> Ids(int seed)
    {
        var report = BenchmarkEngine.Compute([.. SampleSurvey.Generate(900, 2024, (ulong)seed), .. SampleSurvey.Generate(900, 2025, (ulong)seed + 1)], BenchmarkSettings.Default);
        var addresses = new GroupAddresses(report);
        return report.Groups
            .SelectMany(g => Enum.GetValues<ChartKind>().Select(kind => (kind, g.Key)))
            .ToDictionary(p => p, p => ChartBuilder.Id(p.kind, addresses[p.Key]));
    }

    [Fact]
    public void Ids_depend_only_on_the_kind_and_the_group_not_on_the_data_or_build_order()
    {
        var (first, second) = (Ids(1), Ids(50));
        var shared = first.Keys.Intersect(second.Keys).ToList();
        Assert.True(shared.Count > 300);
        Assert.All(shared, key => Assert.Equal(first[key], second[key]));
        Assert.Equal("distribution-2025-b2b-software-all", first[(ChartKind.Distribution, new PeerGroupKey(2025, "B2B", "Software", null, null))]);
        Assert.Equal("trend-b2c-all-250-plus", first[(ChartKind.Trend, new PeerGroupKey(2025, "B2C", null, "250+", null))]);
    }
}
