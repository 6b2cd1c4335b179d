using RoiReport.Core.Benchmarks;
using RoiReport.Site.Charts;
using RoiReport.Site.Pages;

namespace RoiReport.Site.Tests.Charts;

/// <summary>The charts by band, drawn from the published bands of the demonstration's cuts.</summary>
public sealed class AnswerChartTests
{
    private static readonly BenchmarkReport Report = Demo.Report;
    private static readonly GroupAddresses Addresses = new(Report);

    private static Chart? Answer(ChartKind kind, string? segment, BenchmarkReport? report = null)
    {
        var group = (report ?? Report).Groups.Single(g => g.Key == new PeerGroupKey(2025, segment, null, null, null));
        return ChartBuilder.Answer(kind, group, report ?? Report, Addresses[group.Key]);
    }

    [Fact]
    public void For_all_firms_each_band_shows_B2B_beside_B2C_and_leaves_out_what_is_suppressed()
    {
        var chart = Answer(ChartKind.BySalesCycle, null)!;
        var published = Report.Cuts.Where(c => c is { Year: 2025, Cut: CutColumn.SalesCycleMonths, Segment: not null, Figures.Suppressed: false }).ToList();
        Assert.Equal(published.OrderBy(c => c.Band.Lower).ThenBy(c => c.Segment).Select(c => $"{c.Segment}\n{c.Band.Label.Replace('-', '–')}"), chart.Rows.Select(r => r.Label));
        Assert.Equal(published.OrderBy(c => c.Band.Lower).ThenBy(c => c.Segment).Select(c => c.Figures.HourlyReturn!.P50), chart.Rows.Select(r => r.P50));
        Assert.DoesNotContain(chart.Rows, r => r.Label == "B2C\n3–12");
        Assert.Equal(["B2B", "B2C"], chart.Rows.Select(r => r.Series).Distinct().Order());
    }

    [Fact]
    public void A_segments_chart_of_shares_has_its_bands_each_with_its_respondents()
    {
        var chart = Answer(ChartKind.AttributingBySalesCycle, "B2B")!;
        var bands = Report.Cuts.Where(c => c is { Year: 2025, Segment: "B2B", Cut: CutColumn.SalesCycleMonths, Figures.Suppressed: false }).OrderBy(c => c.Band.Lower).ToList();
        Assert.True(bands.Count >= 2);
        Assert.Equal(bands.Select(c => c.Band.Label.Replace('-', '–')), chart.Rows.Select(r => r.Label));
        Assert.Equal(bands.Select(c => c.Figures.ShareAttributing), chart.Rows.Select(r => r.Share));
        Assert.Equal(bands.Select(c => c.Figures.Respondents), chart.Rows.Select(r => r.N));
        Assert.All(chart.Rows, r => Assert.Null(r.P50));
    }

    [Fact]
    public void A_chart_of_fewer_than_two_published_bands_is_not_drawn()
    {
        // Keep only the under-3-months band published: one band says nothing about the others.
        var report = Report with
        {
            Cuts = [.. Report.Cuts.Select(c => c.Cut == CutColumn.SalesCycleMonths && c.Band.Label != "<3" ? c with { Figures = c.Figures with { Suppressed = true } } : c)],
        };
        Assert.Null(Answer(ChartKind.BySalesCycle, "B2B", report));
        Assert.NotNull(Answer(ChartKind.ByHours, "B2B", report));
    }

    [Fact]
    public void The_gap_chart_is_each_firms_social_media_less_other_marketing_return()
    {
        var chart = Answer(ChartKind.Gap, "B2C")!;
        var b2c = Report.Groups.Single(g => g.Key == new PeerGroupKey(2025, "B2C", null, null, null));
        var row = Assert.Single(chart.Rows);
        Assert.Equal((b2c.SmMinusOther!.N, b2c.SmMinusOther.P25, b2c.SmMinusOther.P50, b2c.SmMinusOther.P75), (row.N, row.P25, row.P50, row.P75));
        Assert.Equal("gap-2025-b2c-all-all", chart.Id);
    }
}
