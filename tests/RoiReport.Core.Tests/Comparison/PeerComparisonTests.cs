using RoiReport.Core.Benchmarks;
using RoiReport.Core.Comparison;
using RoiReport.Core.Survey;

namespace RoiReport.Core.Tests.Comparison;

public sealed class PeerComparisonTests
{
    private static readonly ChannelStatistics Figures = new(30, -10, 0, 10, 30, 70, 12, null);

    private static GroupBenchmark Published(PeerGroupKey key) => new(key, 40, 30, false, Figures, null, 0.6, 0.7, 0.4, 30, 25);

    private static GroupBenchmark Suppressed(PeerGroupKey key) => new(key, 8, 6, true, null, null, null, null, null, 5, 4);

    private static readonly BenchmarkReport Report = new(BenchmarkSettings.Default, false,
        [new WaveSummary(2024, 100, new(1, 0, 0, 0, 0), new(1, 0, 0, 0, 0)), new WaveSummary(2025, 100, new(1, 0, 0, 0, 0), new(1, 0, 0, 0, 0))],
        [
            Published(new(2024, null, null, null, null)),
            Published(new(2025, null, null, null, null)),
            Published(new(2025, "B2B", null, null, null)),
            Published(new(2025, "B2B", "Software", null, null)),
            Suppressed(new(2025, "B2B", "Software", "250+", null)),
            Published(new(2025, "B2B", "Software", "10-49", null)),
            Suppressed(new(2025, "B2B", "Retail", null, null)),
            Suppressed(new(2025, "B2B", "Retail", "10-49", null)),
        ]);

    private static FirmFigures Firm(string? industry = "Software", string? employees = "10-49", int? year = null, double hours = 100) =>
        new(Segment.B2B, industry, employees, year, new ChannelInput(hours, 6000, 1000), null);

    [Fact]
    public void Uses_the_most_specific_published_group_of_the_latest_wave()
    {
        var result = PeerComparison.Compare(Report, Firm());
        Assert.Equal(new PeerGroupKey(2025, "B2B", "Software", "10-49", null), result.Group.Key);
        Assert.Empty(result.Skipped);
        Assert.Equal(50, result.HourlyReturn);
        // (6000 − 1000) / 100 = 50, between p75 = 30 and p90 = 70: 75 + (50 − 30) × 15 / 40 = 82.5.
        Assert.Equal(82.5, result.Percentile.Percentile);
        Assert.Equal(4, result.Quartile);
    }

    [Fact]
    public void Drops_size_then_industry_where_groups_are_suppressed_and_says_so()
    {
        var bySize = PeerComparison.Compare(Report, Firm(employees: "250+"));
        Assert.Equal(new PeerGroupKey(2025, "B2B", "Software", null, null), bySize.Group.Key);
        Assert.Equal([new PeerGroupKey(2025, "B2B", "Software", "250+", null)], bySize.Skipped);

        var byIndustry = PeerComparison.Compare(Report, Firm(industry: "Retail"));
        Assert.Equal(new PeerGroupKey(2025, "B2B", null, null, null), byIndustry.Group.Key);
        Assert.Equal(2, byIndustry.Skipped.Count);
    }

    [Fact]
    public void Compares_with_the_whole_wave_when_no_segment_group_is_published()
    {
        var result = PeerComparison.Compare(Report, Firm(industry: null, employees: null, year: 2024));
        Assert.Equal(new PeerGroupKey(2024, null, null, null, null), result.Group.Key);
        Assert.Equal([new PeerGroupKey(2024, "B2B", null, null, null)], result.Skipped);
    }

    [Theory]
    [InlineData("Mining", null, null, 100.0, "unknown industry 'Mining', expected one of: Retail, Software")]
    [InlineData(null, "5000+", null, 100.0, "unknown employees band '5000+', expected one of: 10-49, 250+")]
    [InlineData(null, null, 2023, 100.0, "there is no 2023 wave, expected one of: 2024, 2025")]
    [InlineData(null, null, null, 0.0, "sm-hours is 0, expected the hours put in")]
    [InlineData(null, null, null, -5.0, "sm-hours is -5, expected a number of at least 0")]
    public void Bad_figures_or_peers_are_refused_with_what_was_expected(string? industry, string? employees, int? year, double hours, string message)
    {
        var error = Assert.Throws<ComparisonException>(() => PeerComparison.Compare(Report, Firm(industry, employees, year, hours)));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_other_marketing_says_whether_social_media_earns_at_least_as_much()
    {
        var firm = Firm() with { OtherMarketing = new ChannelInput(50, 4000, 500) };
        var result = PeerComparison.Compare(Report, firm);
        Assert.Equal(70, result.OtherHourlyReturn);
        Assert.False(result.SmAtLeastOther);
    }
}
