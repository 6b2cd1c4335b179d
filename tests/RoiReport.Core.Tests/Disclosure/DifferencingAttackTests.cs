using RoiReport.Core.Benchmarks;
using RoiReport.Core.Disclosure;
using RoiReport.Core.Survey;
using RoiReport.Tests.Shared;
using static RoiReport.Core.Tests.Disclosure.Firms;

namespace RoiReport.Core.Tests.Disclosure;

/// <summary>
/// The attack on hand-made cubes: on the figures as they were published before the disclosure
/// control (exact), it recovers what the issue found; on the protected release it recovers nothing.
/// </summary>
public sealed class DifferencingAttackTests
{
    private static readonly BenchmarkSettings Industry = BenchmarkSettings.Default with { Dimensions = [Dimension.Segment, Dimension.Industry] };

    private static (AttackReport Exact, AttackReport Protected) Attack(IReadOnlyList<SurveyResponse> rows, BenchmarkSettings settings)
    {
        var survey = SurveyTable.From(rows);
        var release = BenchmarkEngine.Compute(survey, settings);
        return (DifferencingAttack.Run(survey, ExactRelease.Of(survey, release)), DifferencingAttack.Run(survey, release));
    }

    private static AttackFinding Finding(AttackReport report, string group, ProtectedFigure figure) =>
        Assert.Single(report.Derivable, f => f.Group == group && f.Figure == figure);

    [Fact]
    public void A_parent_less_all_but_one_child_gives_back_the_child()
    {
        // Retail's 4 B2B firms are withheld; B2B less software and services is retail.
        List<SurveyResponse> rows = [.. Cell("B2B", "Software", null, 30), .. Cell("B2B", "Services", null, 25), .. Cell("B2B", "Retail", null, 4)];
        var (exact, safe) = Attack(rows, Industry);

        var leaked = Finding(exact, "2025 · B2B · Retail", ProtectedFigure.Mean);
        Assert.True(leaked.Disclosed);
        Assert.Equal(leaked.True, leaked.Derived, 1e-6);
        Assert.True(Finding(exact, "2025 · all segment · Retail", ProtectedFigure.SharePositive).Disclosed);

        var kept = Finding(safe, "2025 · B2B · Retail", ProtectedFigure.Mean);
        Assert.False(kept.Disclosed);
        Assert.True(Math.Abs(kept.Derived - kept.True) >= DisclosureRules.MarginLow * kept.MinError * (1 - 1e-9));
        Assert.Equal(0, safe.Disclosed);
        // The protection withholds no less than the thresholds do: what the safe release still lets one
        // derive, the exact one did too (it may withhold more, as where a share would leave [0, 1]).
        Assert.Subset(exact.Derivable.Select(f => (f.Group, f.Figure)).ToHashSet(), safe.Derivable.Select(f => (f.Group, f.Figure)).ToHashSet());
    }

    [Fact]
    public void A_chain_across_two_dimensions_is_followed_and_defeated()
    {
        // B2C · X follows from B2C less B2C · Y; B2B · X then follows from X less B2C · X.
        List<SurveyResponse> rows = [.. Cell("B2B", "X", null, 3), .. Cell("B2B", "Y", null, 3), .. Cell("B2C", "X", null, 8), .. Cell("B2C", "Y", null, 20)];
        var (exact, safe) = Attack(rows, Industry);
        Assert.True(Finding(exact, "2025 · B2B · X", ProtectedFigure.Mean).Disclosed);
        Assert.True(Finding(exact, "2025 · B2C · X", ProtectedFigure.ShareAttributing).Disclosed);
        Assert.False(Finding(safe, "2025 · B2B · X", ProtectedFigure.Mean).Disclosed);
        Assert.True(safe.Disclosed == 0, string.Join("\n", safe.Derivable.Where(f => f.Disclosed)));
        Assert.Equal(0, safe.Disclosed);
    }

    [Fact]
    public void A_band_of_a_cut_is_not_given_back_by_all_firms_less_the_other_segment()
    {
        // Four B2B firms have sales cycles of 12 months or more, 20 B2C firms too: all firms' 12+ less B2C's is B2B's.
        static IEnumerable<SurveyResponse> Cycle(IEnumerable<SurveyResponse> firms, double months) => firms.Select(f => f with { SalesCycleMonths = months });
        List<SurveyResponse> rows =
        [
            .. Cycle(Cell("B2B", "X", null, 30), 1), .. Cycle(Cell("B2B", "Y", null, 4, seed: 1), 24),
            .. Cycle(Cell("B2C", "X", null, 30, seed: 2), 1), .. Cycle(Cell("B2C", "Y", null, 20, seed: 3), 18),
        ];
        var (exact, safe) = Attack(rows, Industry);

        Assert.True(Finding(exact, "2025 · sales_cycle_months 12+ · B2B", ProtectedFigure.Mean).Disclosed);
        var kept = Finding(safe, "2025 · sales_cycle_months 12+ · B2B", ProtectedFigure.Mean);
        Assert.True(Math.Abs(kept.Derived - kept.True) >= DisclosureRules.MarginLow * kept.MinError * (1 - 1e-9));
        Assert.True(safe.Disclosed == 0, string.Join("\n", safe.Derivable.Where(f => f.Disclosed)));
    }

    [Fact]
    public void A_segment_whose_answers_are_all_blank_but_a_few_is_protected_as_a_blank_band()
    {
        // B2B's 25 firms: 22 in bands, 3 blank; the segment less its bands is those 3.
        static IEnumerable<SurveyResponse> Years(IEnumerable<SurveyResponse> firms, double? years) => firms.Select(f => f with { SmYears = years });
        List<SurveyResponse> rows =
        [
            .. Years(Cell("B2B", "X", null, 12), 0.5), .. Years(Cell("B2B", "Y", null, 10, seed: 1), 5), .. Years(Cell("B2B", "Y", null, 3, seed: 4), null),
            .. Years(Cell("B2C", "X", null, 30, seed: 2), 2),
        ];
        var (exact, safe) = Attack(rows, Industry);

        Assert.True(Finding(exact, "2025 · sm_years blank · B2B", ProtectedFigure.Mean).Disclosed);
        // Protected: either still derivable and at least its minimum error off, or no longer derivable at all.
        Assert.DoesNotContain(safe.Derivable, f => f.Group == "2025 · sm_years blank · B2B" && f.Disclosed);
        Assert.True(safe.Disclosed == 0, string.Join("\n", safe.Derivable.Where(f => f.Disclosed)));
    }

    [Fact]
    public void A_single_firm_keeps_its_return_and_whether_it_lost_money()
    {
        List<SurveyResponse> rows = [.. Cell("B2B", "Software", "1-9", 25), .. Cell("B2B", "Software", "10-49", 20), Firm("B2B", "Software", "250+", -17.5)];
        var (exact, safe) = Attack(rows, BenchmarkSettings.Default);

        var mean = Finding(exact, "2025 · B2B · Software · 250+", ProtectedFigure.Mean);
        Assert.Equal(-17.5, mean.Derived / mean.Base, 6);
        Assert.Equal(0, Finding(exact, "2025 · B2B · Software · 250+", ProtectedFigure.SharePositive).Derived, 6);

        var safeMean = Finding(safe, "2025 · B2B · Software · 250+", ProtectedFigure.Mean);
        Assert.True(Math.Abs(safeMean.Derived + 17.5) >= 1.75 * DisclosureRules.MarginLow * (1 - 1e-9));
        Assert.True(Math.Abs(Finding(safe, "2025 · B2B · Software · 250+", ProtectedFigure.SharePositive).Derived) >= 0.5 * DisclosureRules.MarginLow * (1 - 1e-9));
        Assert.Equal(0, safe.Disclosed);
    }

    [Fact]
    public void The_bounds_and_the_share_above_staff_cost_keep_a_small_groups_counts_too()
    {
        // Retail's two B2B firms: one put hours in and could not attribute sales, one earns more than its staff cost.
        List<SurveyResponse> rows =
        [
            .. Cell("B2B", "Software", null, 30), .. Cell("B2B", "Services", null, 25),
            Firm("B2B", "Retail", null, sm: null), Firm("B2B", "Retail", null, sm: 60, staff: 35),
        ];
        var (exact, safe) = Attack(rows, Industry);
        var unattributed = Finding(exact, "2025 · B2B · Retail", ProtectedFigure.Unattributed);
        Assert.Equal((1, 1), (unattributed.True, Math.Round(unattributed.Derived, 9)));
        Assert.True(unattributed.Disclosed);
        Assert.True(Finding(exact, "2025 · B2B · Retail", ProtectedFigure.AboveStaffCost).Disclosed);

        // Protected: either derivable only far from the truth, or, where the control withheld more, not at all.
        Assert.DoesNotContain(safe.Derivable, f => f.Group == "2025 · B2B · Retail" && f.Figure is ProtectedFigure.Unattributed or ProtectedFigure.AboveStaffCost && f.Disclosed);
        Assert.Equal(0, safe.Disclosed);
    }

    [Fact]
    public void Firms_that_left_a_label_blank_are_a_set_of_their_own()
    {
        // One B2B firm left its industry blank: B2B less its industries is that firm.
        List<SurveyResponse> rows = [.. Cell("B2B", "Software", null, 30), .. Cell("B2B", "Services", null, 25), Firm("B2B", null, null, 55)];
        var (exact, safe) = Attack(rows, Industry);
        var leaked = Finding(exact, "2025 · B2B · blank industry", ProtectedFigure.Mean);
        Assert.True(leaked.Blank);
        Assert.Equal(55, leaked.Derived, 6);
        Assert.False(Finding(safe, "2025 · B2B · blank industry", ProtectedFigure.Mean).Disclosed);
        Assert.Equal(0, safe.Disclosed);
    }

    [Fact]
    public void Each_wave_is_protected_and_attacked_on_its_own()
    {
        List<SurveyResponse> rows =
        [
            .. Cell("B2B", "Software", null, 30, year: 2024), .. Cell("B2B", "Retail", null, 3, year: 2024),
            .. Cell("B2B", "Software", null, 28, year: 2025), .. Cell("B2B", "Retail", null, 2, year: 2025),
        ];
        var (exact, safe) = Attack(rows, Industry);
        Assert.True(Finding(exact, "2024 · B2B · Retail", ProtectedFigure.Mean).Disclosed);
        Assert.True(Finding(exact, "2025 · B2B · Retail", ProtectedFigure.Mean).Disclosed);
        Assert.Contains(safe.Derivable, f => f.Group.StartsWith("2024", StringComparison.Ordinal));
        Assert.Contains(safe.Derivable, f => f.Group.StartsWith("2025", StringComparison.Ordinal));
        Assert.Equal(0, safe.Disclosed);
    }

    [Fact]
    public void Weighted_totals_are_protected_in_weight()
    {
        List<SurveyResponse> rows = [.. Cell("B2B", "Software", null, 30, weight: 2.5), .. Cell("B2B", "Services", null, 25, weight: 0.8), .. Cell("B2B", "Retail", null, 3, weight: 4)];
        var (exact, safe) = Attack(rows, Industry);
        var leaked = Finding(exact, "2025 · B2B · Retail", ProtectedFigure.Mean);
        Assert.Equal(12, leaked.Base, 9);
        Assert.True(leaked.Disclosed);
        var count = Finding(safe, "2025 · B2B · Retail", ProtectedFigure.ShareAttributing);
        Assert.True(Math.Abs(count.Derived - count.True) >= 0.5 * 4);
        Assert.Equal(0, safe.Disclosed);
    }

    [Fact]
    public void A_release_of_other_data_is_refused()
    {
        var rows = Cell("B2B", "Software", null, 30).ToList();
        var release = BenchmarkEngine.Compute(rows, Industry);
        var other = SurveyTable.From([.. rows.Skip(1)]);
        var error = Assert.Throws<InvalidDataException>(() => DifferencingAttack.Run(other, release));
        Assert.StartsWith("the release does not match the survey: 2025 · all segment · all industry has 30 respondents", error.Message, StringComparison.Ordinal);
    }
}
