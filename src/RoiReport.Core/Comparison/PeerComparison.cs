using System.Globalization;
using RoiReport.Core.Benchmarks;
using RoiReport.Core.Statistics;
using RoiReport.Core.Survey;

namespace RoiReport.Core.Comparison;

/// <summary>
/// Places a firm among its peers: the most specific published group that matches it, falling back
/// up the hierarchy (size dropped, then industry, then segment) where a group is suppressed or absent.
/// The same rules run in the browser (theme/assets/compare.js).
/// </summary>
public static class PeerComparison
{
    public static ComparisonResult Compare(BenchmarkReport report, FirmFigures firm)
    {
        var smReturn = ReturnOf(firm.SocialMedia, "sm");
        double? otherReturn = firm.OtherMarketing is { } other ? ReturnOf(other, "other") : null;

        var years = report.Waves.Select(w => w.Year).ToList();
        if (years.Count == 0)
        {
            throw new ComparisonException("the benchmarks hold no survey wave");
        }
        var year = firm.Year ?? years.Max();
        if (!years.Contains(year))
        {
            throw new ComparisonException($"there is no {year} wave, expected one of: {string.Join(", ", years)}");
        }
        var groups = report.Groups.Where(g => g.Key.Year == year).ToDictionary(g => g.Key);
        Known(groups.Keys, k => k.Industry, firm.Industry, "industry");
        Known(groups.Keys, k => k.Employees, firm.Employees, "employees band");

        var segment = SegmentNames.Name(firm.Segment);
        var wanted = new PeerGroupKey(year, segment, firm.Industry, firm.Employees, null);
        var skipped = new List<PeerGroupKey>();
        foreach (var key in wanted.FallbackLadder())
        {
            if (groups.TryGetValue(key, out var group) && !group.Suppressed)
            {
                var published = group.HourlyReturn!;
                return new ComparisonResult(group, skipped, smReturn, Percentiles.Estimate(published, smReturn), Percentiles.Quartile(published, smReturn),
                    otherReturn, otherReturn is { } o ? smReturn >= o : null);
            }
            skipped.Add(key);
        }
        throw new ComparisonException($"no published peer group matches {segment} firms in {year}, even the whole wave");
    }

    private static double ReturnOf(ChannelInput input, string prefix)
    {
        void Check(double? value, string name)
        {
            if (value is null)
            {
                throw new ComparisonException($"{prefix}-{name} is missing, expected a number");
            }
            if (!double.IsFinite(value.Value) || value < 0)
            {
                throw new ComparisonException($"{prefix}-{name} is {value.Value.ToString(CultureInfo.InvariantCulture)}, expected a number of at least 0");
            }
        }
        Check(input.Sales, "sales");
        Check(input.DirectCosts, "direct-costs");
        Check(input.Hours, "hours");
        if (input.Hours == 0)
        {
            throw new ComparisonException($"{prefix}-hours is 0, expected the hours put in: a return per hour needs hours");
        }
        return HourlyReturn.Of(input);
    }

    private static void Known(IEnumerable<PeerGroupKey> keys, Func<PeerGroupKey, string?> label, string? value, string what)
    {
        if (value is null)
        {
            return;
        }
        var labels = keys.Select(label).OfType<string>().Distinct(StringComparer.Ordinal).Order(LabelOrder.Instance).ToList();
        if (!labels.Contains(value, StringComparer.Ordinal))
        {
            throw new ComparisonException($"unknown {what} '{value}', expected one of: {string.Join(", ", labels)}");
        }
    }
}
