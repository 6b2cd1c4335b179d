using RoiReport.Core.Benchmarks;
using RoiReport.Core.Contract;
using RoiReport.Core.Disclosure;
using RoiReport.Core.Sample;
using RoiReport.Core.Survey;
using RoiReport.Tests.Shared;

namespace RoiReport.Core.Tests.Disclosure;

/// <summary>The disclosure control's promises, checked on random waves of every shape: nothing withheld can be worked back out, and the figures stay useful.</summary>
public sealed class DisclosureControlTests
{
    private static readonly Dimension[] WithRegion = [Dimension.Segment, Dimension.Industry, Dimension.Employees, Dimension.Region];

    public static TheoryData<int, int, bool, bool, int> Waves() => new()
    {
        // seed, firms, region as a fourth dimension, weights, min_n
        { 1, 1500, false, false, 10 },
        { 2, 2500, true, false, 10 },
        { 3, 2000, true, true, 10 },
        { 4, 1200, false, true, 5 },
        { 5, 3000, true, false, 5 },
        { 6, 600, false, false, 10 },
    };

    /// <summary>Synthetic firms with some labels left blank and, optionally, weights from 0.5 to 3.</summary>
    private static List<SurveyResponse> Survey(int seed, int firms, bool weighted)
    {
        var random = new Random(seed);
        return [.. SampleSurvey.Generate(firms, 2025, (ulong)seed).Concat(SampleSurvey.Generate(firms / 2, 2024, (ulong)seed + 100)).Select(r => r with
        {
            Industry = random.NextDouble() < 0.02 ? null : r.Industry,
            Employees = random.NextDouble() < 0.02 ? null : r.Employees,
            Region = random.NextDouble() < 0.03 ? null : r.Region,
            Weight = weighted ? Math.Round(0.5 + (random.NextDouble() * 2.5), 3) : 1,
        })];
    }

    [Theory]
    [MemberData(nameof(Waves))]
    public void The_attack_recovers_nothing_and_the_figures_stay_useful(int seed, int firms, bool region, bool weighted, int minN)
    {
        var settings = BenchmarkSettings.Default with { MinN = minN, Dimensions = region ? WithRegion : DimensionNames.Default };
        var survey = SurveyTable.From(Survey(seed, firms, weighted));
        var release = BenchmarkEngine.Compute(survey, settings);

        var attack = DifferencingAttack.Run(survey, release);
        Assert.True(attack.Derivable.Count > 0);
        Assert.DoesNotContain(attack.Derivable, f => f.Disclosed);

        var published = release.Groups.Where(g => !g.Suppressed).ToList();
        var withheld = WithinLimits(survey, release, weighted);
        // With min_n 5 most published groups hold cells that must move by a firm or more, and the
        // control withholds more of them (docs/disclosure.md, "What it costs"): 80 of 624 on the
        // fifth wave, 1.4% or less on the others.
        var allowed = minN >= 10 ? 0.02 : 0.15;
        Assert.True(withheld <= allowed * published.Count, $"{withheld} of {published.Count} published groups lost a figure to the disclosure control");
        if (minN >= 10)
        {
            // The contract's target, thresholds and control together: 85% keep a mean and all three shares.
            Assert.True(attack.GroupsKeepingFigures >= 0.85 * attack.PublishedGroups, $"{attack.GroupsKeepingFigures} of {attack.PublishedGroups} published groups keep a mean and all three shares");
        }
    }

    /// <summary>
    /// Every published figure within its stated distance of the exact one (closer for groups of
    /// 100 firms or more); the number of published groups that lost a figure.
    /// </summary>
    private static int WithinLimits(SurveyTable survey, BenchmarkReport release, bool weighted)
    {
        var exact = ExactRelease.Of(survey, release).Groups.ToDictionary(g => g.Key);
        var withheld = 0;
        foreach (var group in release.Groups.Where(g => !g.Suppressed))
        {
            var truth = exact[group.Key];
            var figures = new (double? Published, double? Exact, double Base, bool Mean)[]
            {
                (group.HourlyReturn!.Mean, truth.HourlyReturn!.Mean, group.N, true),
                (group.SharePositive, truth.SharePositive, group.N, false),
                (group.ShareAttributing, truth.ShareAttributing, group.Respondents, false),
                (group.OtherHourlyReturn?.Mean, truth.OtherHourlyReturn?.Mean, group.OtherN, true),
                (group.ShareSmGeOther, truth.ShareSmGeOther, group.BothN, false),
                (group.ShareAboveStaffCost, truth.ShareAboveStaffCost, group.StaffCostN, false),
                (Unattributed(group, weighted), Unattributed(truth, weighted), group.Respondents, false),
            };
            withheld += figures.Any(f => f.Exact is not null && f.Published is null) ? 1 : 0;
            foreach (var (value, truthValue, rows, mean) in figures.Where(f => f.Published is not null))
            {
                // In the figure's own units; a firm weighs at most 3 against an average of at least 0.5.
                var oneFirm = (weighted ? 6.0 : 1.0) / rows;
                var limit = (group.N >= DisclosureRules.LargeGroup, mean) switch
                {
                    (true, true) => Math.Max(DisclosureRules.LargeGroupMeanRelativeError * Math.Abs(truthValue!.Value), DisclosureRules.LargeGroupMeanError),
                    (true, false) => DisclosureRules.LargeGroupShareError,
                    (false, true) => Math.Max(DisclosureRules.MaxMeanRelativeError * Math.Abs(truthValue!.Value), DisclosureRules.MaxMeanError),
                    (false, false) => Math.Max(DisclosureRules.MaxShareError, oneFirm),
                };
                var error = Math.Abs(value!.Value - truthValue!.Value);
                Assert.True(error <= limit * (1 + 1e-9), $"{group.Key}: {value} against {truthValue}, more than {limit} apart");
            }
        }
        return withheld;
    }

    /// <summary>
    /// Waves CI drew (seed 51437) where a group of 107 firms would have moved 5.5% when its limit is
    /// 2%, by too little to be withheld as it was: it is withheld and protected instead.
    /// </summary>
    [Fact]
    public void A_figure_past_its_limit_and_too_close_to_withhold_as_it_is_is_withheld_and_protected()
    {
        var survey = SurveyTable.From([.. SampleSurvey.Generate(2500, 2023, 51437), .. SampleSurvey.Generate(1200, 2026, 51438)]);
        var release = BenchmarkEngine.Compute(survey, BenchmarkSettings.Default with { Dimensions = WithRegion });
        WithinLimits(survey, release, weighted: false);
        Assert.DoesNotContain(DifferencingAttack.Run(survey, release).Derivable, f => f.Disclosed);
    }

    /// <summary>
    /// The share of respondents that the bounds of <see cref="GroupBenchmark.SharePositive"/> count as
    /// unattributed, u / respondents, from the bounds' width d = u / (n + u); the bounds must carry
    /// share_positive's own count. Unweighted only: with weights, n and the respondents are weights.
    /// </summary>
    private static double? Unattributed(GroupBenchmark group, bool weighted)
    {
        if (weighted || group.SharePositiveBounds is not { } bounds)
        {
            return null;
        }
        var width = bounds.High - bounds.Low;
        var unattributed = width * group.N / (1 - width);
        Assert.Equal(group.SharePositive!.Value * group.N, bounds.Low * (group.N + unattributed), 6);
        return unattributed / group.Respondents;
    }

    [Fact]
    public void Two_computations_of_the_same_data_are_identical_and_the_noise_follows_the_data()
    {
        var rows = Survey(7, 1500, weighted: false);
        var first = BenchmarkEngine.Compute(rows, BenchmarkSettings.Default);
        Assert.Equal(Json(first), Json(BenchmarkEngine.Compute(rows, BenchmarkSettings.Default)));

        // One B2B firm of 2025 reports other sales: groups of B2C firms, which it is in none of,
        // move differently, since the key is a hash of the wave's data; 2024 keeps its figures.
        var firm = rows.FindIndex(r => r.Year == 2025 && r.Segment == Segment.B2B && r.OtherMarketing.Sales is not null && r.OtherMarketing.Hours > 0);
        var changed = rows.Select((r, i) => i == firm ? r with { OtherMarketing = r.OtherMarketing with { Sales = r.OtherMarketing.Sales + 1000 } } : r).ToList();
        var pairs = first.Groups.Zip(BenchmarkEngine.Compute(changed, BenchmarkSettings.Default).Groups).ToList();
        Assert.Contains(pairs, p => p.First.Key is { Year: 2025, Segment: "B2C" } && p.First.SharePositive != p.Second.SharePositive);
        Assert.All(pairs.Where(p => p.First.Key.Year == 2024), p => Assert.Equal(p.First, p.Second));
    }

    public static TheoryData<int> Draws() => [.. Enumerable.Range(0, 32)];

    /// <summary>
    /// A published group of two cells that are each withheld and each worked out from the others:
    /// moved the same way, both by their minimum, it would move past its own limit and lose its
    /// figures; turned opposite ways, it keeps them. Whichever way the secret draws fall.
    /// </summary>
    [Theory]
    [MemberData(nameof(Draws))]
    public void A_published_group_made_of_two_protected_cells_keeps_its_figures(int seed)
    {
        var rows = Firms.Cell("B2B", "Software", "1-9", 6, seed: seed)
            .Concat(Firms.Cell("B2B", "Software", "10-49", 6, seed: seed))
            .Concat(Firms.Cell("B2C", "Software", "1-9", 30, seed: seed))
            .Concat(Firms.Cell("B2C", "Software", "10-49", 30, seed: seed))
            .ToList();
        var survey = SurveyTable.From(rows);
        var release = BenchmarkEngine.Compute(survey, BenchmarkSettings.Default);

        var b2b = release.Groups.Single(g => g.Key is { Segment: "B2B", Industry: "Software", Employees: null });
        Assert.Equal(12, b2b.N);
        Assert.NotNull(b2b.HourlyReturn!.Mean);
        Assert.NotNull(b2b.SharePositive);
        Assert.NotNull(b2b.ShareAttributing);
        Assert.NotNull(b2b.ShareSmGeOther);
        WithinLimits(survey, release, weighted: false);
        var attack = DifferencingAttack.Run(survey, release);
        Assert.Contains(attack.Derivable, f => f.Group == "2025 · B2B · Software · 1-9");
        Assert.DoesNotContain(attack.Derivable, f => f.Disclosed);
    }

    [Fact]
    public void Nothing_moves_where_nothing_withheld_can_be_worked_out()
    {
        // Every cell has enough firms: nothing is withheld, so every figure is exact.
        var rows = Firms.Cell("B2B", "Software", "1-9", 30).Concat(Firms.Cell("B2B", "Software", "10-49", 40)).Concat(Firms.Cell("B2C", "Software", "1-9", 25)).ToList();
        var survey = SurveyTable.From(rows);
        var release = BenchmarkEngine.Compute(survey, BenchmarkSettings.Default);
        Assert.All(release.Groups, g => Assert.False(g.Suppressed));
        foreach (var (published, exact) in release.Groups.Zip(ExactRelease.Of(survey, release).Groups))
        {
            Assert.Equal(exact.HourlyReturn!.Mean!.Value, published.HourlyReturn!.Mean!.Value, 12);
            Assert.Equal(exact.SharePositive, published.SharePositive);
            Assert.Equal(exact.ShareAttributing, published.ShareAttributing);
            Assert.Equal(exact.ShareSmGeOther, published.ShareSmGeOther);
        }
    }

    private static string Json(BenchmarkReport report)
    {
        using var stream = new MemoryStream();
        BenchmarkJson.Write(report, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
