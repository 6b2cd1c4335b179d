using RoiReport.Core.Benchmarks;
using RoiReport.Core.Contract;
using RoiReport.Core.Survey;

namespace RoiReport.Core.Tests.Benchmarks;

public sealed class BenchmarkEngineTests
{
    private static BenchmarkReport Compute(IReadOnlyList<SurveyResponse> rows, BenchmarkSettings? settings = null) =>
        BenchmarkEngine.Compute(rows, settings ?? BenchmarkSettings.Default);

    private static string Json(BenchmarkReport report)
    {
        using var stream = new MemoryStream();
        BenchmarkJson.Write(report, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Every_band_of_every_cut_matches_a_plain_reimplementation()
    {
        var random = new Random(5);
        string[] platforms = ["LinkedIn", "Facebook", "TikTok"];
        // Answers on the band edges (3, 12 months; 2 and 20 hours a week; 1 and 3 years) and blanks among them.
        double?[] cycles = [null, 0, 1, 2.99, 3, 6, 11.99, 12, 30];
        double?[] years = [null, 0, 0.5, 1, 2, 3, 10];
        var rows = SurveyRows.Random(4, 1500).Select(r => r with
        {
            SalesCycleMonths = cycles[random.Next(cycles.Length)],
            SmYears = years[random.Next(years.Length)],
            SmPrimaryPlatform = random.NextDouble() < 0.1 ? null : platforms[random.Next(platforms.Length)],
            SocialMedia = r.SocialMedia with { Hours = random.NextDouble() < 0.3 ? new[] { 104.0, 1040, 52, 520, 0 }[random.Next(5)] : r.SocialMedia.Hours },
        }).ToList();
        var report = Compute(rows);
        string? BandOf(SurveyResponse r, CutColumn cut)
        {
            var value = cut switch
            {
                CutColumn.SalesCycleMonths => r.SalesCycleMonths,
                CutColumn.SmHoursPerWeek => r.SocialMedia.Hours / 52,
                CutColumn.SmYears => r.SmYears,
                _ => null,
            };
            if (cut == CutColumn.SmPrimaryPlatform)
            {
                return r.SmPrimaryPlatform;
            }
            if (value is not { } v)
            {
                return null;
            }
            var edges = CutSettings.Default.Edges[cut];
            var band = edges.Count(e => v >= e);
            return CutSettings.Default.Bands(cut)[band].Label;
        }
        Assert.Equal(CutNames.All, report.Cuts.Select(c => c.Cut).Distinct());
        foreach (var cut in CutNames.All)
        {
            var expected = rows.Select(r => BandOf(r, cut)).OfType<string>()
                .SelectMany(b => new[] { (Segment: (string?)null, Band: b) })
                .Concat(rows.Where(r => BandOf(r, cut) is not null).Select(r => ((string?)(r.Segment == Segment.B2B ? "B2B" : "B2C"), BandOf(r, cut)!)))
                .Distinct().Order().ToList();
            Assert.Equal(expected, report.Cuts.Where(c => c.Cut == cut).Select(c => (c.Segment, c.Band.Label)).Order());
        }
        Assert.Contains(report.Cuts, c => c is { Cut: CutColumn.SalesCycleMonths, Band.Label: "3-12", Band.Lower: 3, Band.Upper: 12 });
        foreach (var band in report.Cuts)
        {
            var members = NaiveBenchmark.Members(rows, band.Figures.Key).Where(r => BandOf(r, band.Cut) == band.Band.Label).ToList();
            var sm = members.Select(r => NaiveBenchmark.Return(r.SocialMedia)).OfType<double>().Order().ToArray();
            var group = band.Figures;
            Assert.Equal((members.Count, sm.Length, sm.Length < 10), (group.Respondents, group.N, group.Suppressed));
            if (group.Suppressed)
            {
                Assert.Null(group.ShareAttributing);
                continue;
            }
            Assert.Equal(NaiveBenchmark.Type7(sm, 0.5), group.HourlyReturn!.P50);
            Assert.Equal(NaiveBenchmark.Type7(sm, 0.25), group.HourlyReturn.P25);
            ProtectedFigureAssert.Near(sm.Average(), sm.Length, group.HourlyReturn.Mean, mean: true, group.N);
            ProtectedFigureAssert.Near((double)members.Count(r => r.SocialMedia.Sales is not null) / members.Count, members.Count, group.ShareAttributing, mean: false, group.N);
        }
    }

    [Fact]
    public void Every_group_matches_a_plain_reimplementation()
    {
        foreach (var seed in new[] { 1, 2, 3 })
        {
            var rows = SurveyRows.Random(seed, 900);
            var report = Compute(rows);
            Assert.Contains(report.Groups, g => !g.Suppressed && g.Key.Level == 3);
            foreach (var group in report.Groups)
            {
                var members = NaiveBenchmark.Members(rows, group.Key);
                var sm = members.Select(r => NaiveBenchmark.Return(r.SocialMedia)).OfType<double>().Order().ToArray();
                var other = members.Select(r => NaiveBenchmark.Return(r.OtherMarketing)).OfType<double>().Order().ToArray();
                Assert.Equal(members.Count, group.Respondents);
                Assert.Equal(sm.Length, group.N);
                Assert.Equal(sm.Length < 10, group.Suppressed);
                if (group.Suppressed)
                {
                    continue;
                }
                var h = group.HourlyReturn!;
                Assert.Equal(NaiveBenchmark.Type7(sm, 0.25), h.P25);
                Assert.Equal(NaiveBenchmark.Type7(sm, 0.5), h.P50);
                Assert.Equal(NaiveBenchmark.Type7(sm, 0.75), h.P75);
                Assert.Equal(sm.Length >= 20 ? NaiveBenchmark.Type7(sm, 0.1) : null, h.P10);
                Assert.Equal(sm.Length >= 20 ? NaiveBenchmark.Type7(sm, 0.9) : null, h.P90);
                // The means and shares are protected: within their stated error of the exact figure, or withheld.
                ProtectedFigureAssert.Near(sm.Average(), sm.Length, h.Mean, mean: true, group.N);
                ProtectedFigureAssert.Near((double)sm.Count(v => v > 0) / sm.Length, sm.Length, group.SharePositive, mean: false, group.N);
                ProtectedFigureAssert.Near((double)members.Count(r => r.SocialMedia.Sales is not null) / members.Count, members.Count, group.ShareAttributing, mean: false, group.N);
                Assert.Equal(other.Length, group.OtherN);
                Assert.Equal(other.Length >= 10 ? NaiveBenchmark.Type7(other, 0.5) : null, group.OtherHourlyReturn?.P50);
                var both = members
                    .Select(r => (Sm: NaiveBenchmark.Return(r.SocialMedia), Other: NaiveBenchmark.Return(r.OtherMarketing)))
                    .Where(p => p.Sm is not null && p.Other is not null)
                    .ToArray();
                Assert.Equal(both.Length, group.BothN);
                var gaps = both.Select(p => p.Sm!.Value - p.Other!.Value).Order().ToArray();
                Assert.Equal(gaps.Length >= 10 ? NaiveBenchmark.Type7(gaps, 0.5) : null, group.SmMinusOther?.P50);
                Assert.Equal(gaps.Length >= 20 ? NaiveBenchmark.Type7(gaps, 0.1) : null, group.SmMinusOther?.P10);
                Assert.Null(group.SmMinusOther?.Mean);
                if (both.Length < 10)
                {
                    Assert.Null(group.ShareSmGeOther);
                }
                else
                {
                    ProtectedFigureAssert.Near((double)both.Count(p => p.Sm >= p.Other) / both.Length, both.Length, group.ShareSmGeOther, mean: false, group.N);
                }
            }
        }
    }

    [Fact]
    public void There_are_eight_levels_from_the_whole_wave_down_to_segment_industry_and_size()
    {
        var report = Compute(SurveyRows.Random(4, 400));
        static string Level(PeerGroupKey k) =>
            string.Concat(k.Segment is null ? "" : "S", k.Industry is null ? "" : "I", k.Employees is null ? "" : "E");
        Assert.Equal(["", "S", "I", "E", "SI", "SE", "IE", "SIE"], report.Groups.Select(g => Level(g.Key)).Distinct());
        Assert.Equal(new PeerGroupKey(2025, null, null, null, null), report.Groups[0].Key);
    }

    [Fact]
    public void Groups_come_broadest_first_then_by_label()
    {
        var keys = Compute(SurveyRows.Random(4, 400)).Groups.Select(g => g.Key).ToList();
        Assert.Equal(keys.OrderBy(k => k.Level).ToList(), keys);
        var industries = keys.Where(k => k.Level == 1 && k.Industry is not null).Select(k => k.Industry!).ToList();
        Assert.Equal(industries.Order(LabelOrder.Instance).ToList(), industries);
        var sizes = keys.Where(k => k.Level == 1 && k.Employees is not null).Select(k => k.Employees!).ToList();
        Assert.Equal(["1-9", "10-49", "50-249"], sizes);
        Assert.Equal(["B2B", "B2C"], keys.Where(k => k.Level == 1 && k.Segment is not null).Select(k => k.Segment));
    }

    [Fact]
    public void Suppression_never_leaks_a_figure()
    {
        foreach (var minN in new[] { 5, 10, 25 })
        {
            var report = Compute(SurveyRows.Random(minN, 300), BenchmarkSettings.Default with { MinN = minN });
            Assert.Contains(report.Groups, g => g.Suppressed);
            foreach (var group in report.Groups)
            {
                if (group.Suppressed)
                {
                    Assert.True(group.N < minN);
                    Assert.Equal(
                        group with { HourlyReturn = null, OtherHourlyReturn = null, SharePositive = null, ShareAttributing = null, ShareSmGeOther = null },
                        group);
                    Assert.InRange(group.BothN, 0, Math.Min(group.N, group.OtherN));
                    Assert.DoesNotContain("\"p50\"", Json(report with { Groups = [group], Cuts = [] }).Split("\"groups\"")[1]);
                }
                else
                {
                    Assert.Equal(group.N >= Math.Max(20, minN), group.HourlyReturn!.P10 is not null);
                    Assert.Equal(group.N >= Math.Max(20, minN), group.HourlyReturn.P90 is not null);
                    Assert.Equal(group.OtherN >= minN, group.OtherHourlyReturn is not null);
                }
            }
        }
    }

    [Fact]
    public void No_figure_is_the_lowest_or_highest_firm_alone()
    {
        var rows = SurveyRows.Random(9, 600);
        var report = Compute(rows, BenchmarkSettings.Default with { MinN = 5 });
        foreach (var group in report.Groups.Where(g => !g.Suppressed))
        {
            var sm = NaiveBenchmark.Members(rows, group.Key).Select(r => NaiveBenchmark.Return(r.SocialMedia)).OfType<double>().Order().ToArray();
            var h = group.HourlyReturn!;
            double?[] figures = [h.P10, h.P25, h.P50, h.P75, h.P90, h.P50Ci95?.Low, h.P50Ci95?.High];
            // Equal to the minimum only where a second firm shares that value.
            Assert.All(figures.OfType<double>(), f => Assert.True((f != sm[0] || sm[1] == sm[0]) && (f != sm[^1] || sm[^2] == sm[^1])));
        }
    }

    [Fact]
    public void Integer_weights_give_the_order_statistics_of_the_repeated_rows()
    {
        var random = new Random(12);
        var rows = SurveyRows.Random(12, 500).Select(r => r with { Weight = random.Next(1, 4) }).ToList();
        var repeated = rows.SelectMany(r => Enumerable.Repeat(r with { Weight = 1 }, (int)r.Weight)).ToList();
        var weighted = Compute(rows);
        var expanded = Compute(repeated).Groups.ToDictionary(g => g.Key);
        Assert.True(weighted.Weighted);
        var compared = 0;
        foreach (var group in weighted.Groups.Where(g => !g.Suppressed))
        {
            // The means and shares are protected with noise keyed by the data, which differs between the two.
            var twin = expanded[group.Key];
            foreach (var (a, b) in new[] { (group.HourlyReturn, twin.HourlyReturn), (group.OtherHourlyReturn, twin.OtherHourlyReturn), (group.SmMinusOther, twin.SmMinusOther) })
            {
                if (a is null)
                {
                    continue;
                }
                // Thresholds count rows, not weights, so the weighted side may withhold more; what it publishes must agree bit for bit.
                Assert.Equal(a.P25 ?? b!.P25, b!.P25);
                Assert.Equal(a.P50 ?? b.P50, b.P50);
                Assert.Equal(a.P75 ?? b.P75, b.P75);
                Assert.Equal(a.P10 ?? b.P10, b.P10);
                Assert.Equal(a.P90 ?? b.P90, b.P90);
                Assert.Equal(a.P50Ci95 ?? b.P50Ci95, b.P50Ci95);
                compared++;
            }
        }
        Assert.True(compared > 20);
    }

    [Fact]
    public void Cells_are_found_alike_when_label_combinations_run_into_millions()
    {
        // 3 × 1,201 × 1,001 combinations of segment, industry and size: too many to number in an array.
        var rows = SurveyRows.Random(5, 3_000).Select((r, i) => r with { Industry = $"I{i % 1_200}", Employees = i % 7 == 0 ? $"E{i % 1_000}" : r.Employees }).ToList();
        var report = Compute(rows, BenchmarkSettings.Default with { MinN = 5 });
        Assert.Contains(report.Groups, g => !g.Suppressed && g.Key.Level == 2);
        foreach (var group in report.Groups)
        {
            var members = NaiveBenchmark.Members(rows, group.Key);
            Assert.Equal(members.Count, group.Respondents);
            Assert.Equal(members.Count(r => NaiveBenchmark.Return(r.SocialMedia) is not null), group.N);
        }
    }

    [Fact]
    public void Row_order_does_not_change_a_single_bit()
    {
        var rows = SurveyRows.Random(21, 700).Concat(SurveyRows.Random(22, 500, year: 2024)).ToList();
        var random = new Random(1);
        var shuffled = rows.OrderBy(_ => random.Next()).ToList();
        Assert.Equal(Json(Compute(rows)), Json(Compute(shuffled)));
    }

    [Fact]
    public void Waves_are_benchmarked_separately_and_counted()
    {
        var rows = SurveyRows.Random(31, 300, year: 2025).Concat(SurveyRows.Random(32, 200, year: 2024)).ToList();
        var report = Compute(rows);
        Assert.Equal([2024, 2025], report.Waves.Select(w => w.Year));
        Assert.Equal(200, report.Waves[0].Respondents);
        var sm = report.Waves[1].SocialMedia;
        Assert.Equal(300, sm.Defined + sm.SalesBlank + sm.HoursBlank + sm.HoursZero + sm.CostsBlank);
        Assert.Equal(rows.Count(r => r.Year == 2025 && r.SocialMedia.Sales is null), sm.SalesBlank);
        Assert.Equal(200, report.Groups.First(g => g.Key == new PeerGroupKey(2024, null, null, null, null)).Respondents);
    }

    [Fact]
    public void A_blank_label_counts_only_where_that_dimension_is_all()
    {
        var rows = SurveyRows.Random(41, 500);
        var report = Compute(rows);
        var blank = rows.Count(r => r.Industry is null);
        Assert.True(blank > 0);
        var wave = report.Groups.Single(g => g.Key.Level == 0).Respondents;
        var byIndustry = report.Groups.Where(g => g.Key is { Level: 1, Industry: not null }).Sum(g => g.Respondents);
        Assert.Equal(wave - blank, byIndustry);
    }

    [Fact]
    public void The_dimension_set_is_configurable()
    {
        var report = Compute(SurveyRows.Random(5, 300), BenchmarkSettings.Default with { Dimensions = [Dimension.Segment] });
        Assert.Equal(3, report.Groups.Count);
        Assert.All(report.Groups, g => Assert.Null(g.Key.Industry));
    }

    [Fact]
    public void Refuses_a_threshold_below_five()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Compute(SurveyRows.Random(1, 10), BenchmarkSettings.Default with { MinN = 4 }));
    }
}
