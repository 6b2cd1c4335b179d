using RoiReport.Core.Benchmarks;
using RoiReport.Core.Statistics;
using RoiReport.Core.Survey;

namespace RoiReport.Tests.Shared;

/// <summary>
/// A release as it was before the disclosure control: every mean and share exact, of the groups and
/// the cuts' bands, computed here firm by firm, with nothing withheld beyond the thresholds. The
/// attack must find what it leaks.
/// </summary>
internal static class ExactRelease
{
    public static BenchmarkReport Of(SurveyTable survey, BenchmarkReport release) =>
        release with
        {
            Groups = [.. release.Groups.Select(g => g.Suppressed ? g : Exact(survey, g, release.Settings, (wave, i) => InGroup(wave, i, g.Key, release.Settings)))],
            Cuts = [.. release.Cuts.Select(c => c.Figures.Suppressed ? c : c with { Figures = Exact(survey, c.Figures, release.Settings, (wave, i) => InBand(wave, i, c)) })],
        };

    private static bool InGroup(WaveTable wave, int i, PeerGroupKey key, BenchmarkSettings settings) =>
        settings.Dimensions.All(d => key[d] is not { } label || (wave.Codes(d)[i] >= 0 && wave.Labels(d)[wave.Codes(d)[i]] == label));

    private static bool InBand(WaveTable wave, int i, CutBenchmark band)
    {
        var cut = wave.Cuts.Single(c => c.Column == band.Cut);
        return cut.BandOf(i) is var b && b >= 0 && cut.Bands[b].Label == band.Band.Label
            && InGroup(wave, i, band.Figures.Key, BenchmarkSettings.Default with { Dimensions = [Dimension.Segment] });
    }

    private static GroupBenchmark Exact(SurveyTable survey, GroupBenchmark group, BenchmarkSettings settings, Func<WaveTable, int, bool> member)
    {
        var wave = survey.Waves.Single(w => w.Year == group.Key.Year);
        double sm = 0, smWeight = 0, positive = 0, other = 0, otherWeight = 0, attributing = 0, respondents = 0, atLeast = 0, both = 0;
        double unattributed = 0, staff = 0, above = 0;
        for (var i = 0; i < wave.Count; i++)
        {
            if (!member(wave, i))
            {
                continue;
            }
            var w = wave.Weights.IsEmpty ? 1 : wave.Weights[i];
            var (s, o) = (wave.SocialMedia[i], wave.Other[i]);
            respondents += w;
            attributing += wave.SocialMediaStatus[i] != ReturnStatus.SalesBlank ? w : 0;
            var flags = wave.Flags[i];
            unattributed += wave.SocialMediaStatus[i] == ReturnStatus.SalesBlank && (flags & FirmFlags.SocialMediaHours) != 0 ? w : 0;
            if ((flags & FirmFlags.StaffCostKnown) != 0)
            {
                (staff, above) = (staff + w, above + ((flags & FirmFlags.AboveStaffCost) != 0 ? w : 0));
            }
            if (!double.IsNaN(s))
            {
                (sm, smWeight, positive) = (sm + (w * s), smWeight + w, positive + (s > 0 ? w : 0));
            }
            if (!double.IsNaN(o))
            {
                (other, otherWeight) = (other + (w * o), otherWeight + w);
            }
            if (!double.IsNaN(s) && !double.IsNaN(o))
            {
                (both, atLeast) = (both + w, atLeast + (s >= o ? w : 0));
            }
        }
        return group with
        {
            HourlyReturn = group.HourlyReturn! with { Mean = sm / smWeight },
            OtherHourlyReturn = group.OtherHourlyReturn is { } c ? c with { Mean = other / otherWeight } : null,
            SharePositive = positive / smWeight,
            ShareAttributing = attributing / respondents,
            ShareSmGeOther = group.BothN >= settings.MinN ? atLeast / both : null,
            SharePositiveBounds = new ShareBounds(positive / (smWeight + unattributed), (positive + unattributed) / (smWeight + unattributed)),
            ShareAboveStaffCost = group.StaffCostN >= settings.MinN ? above / staff : null,
        };
    }
}
