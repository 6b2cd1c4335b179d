using RoiReport.Core.Survey;

namespace RoiReport.Core.Tests.Disclosure;

/// <summary>Hand-made firms: a given hourly return on each channel (one hour each), placed in a given cell.</summary>
internal static class Firms
{
    private static int _next;

    /// <param name="sm">The social-media hourly return; null for a firm that cannot attribute sales.</param>
    /// <param name="staff">What an hour of its staff costs, where the firm said.</param>
    public static SurveyResponse Firm(string segment, string? industry, string? employees, double? sm, double other = 40, int year = 2025, string? region = null, double weight = 1,
        double? staff = null) =>
        new(
            RespondentId: $"F{Interlocked.Increment(ref _next)}",
            Year: year,
            Segment: segment == "B2B" ? Segment.B2B : Segment.B2C,
            Industry: industry,
            Employees: employees,
            Region: region,
            SalesCycleMonths: null,
            SocialMedia: new ChannelInput(1, sm is { } r ? 1000 + r : null, 1000),
            OtherMarketing: new ChannelInput(1, 1000 + other, 1000),
            Weight: weight,
            SmStaffCostPerHour: staff);

    /// <summary><paramref name="count"/> firms of one cell with returns spread around <paramref name="centre"/>, losses among them.</summary>
    public static IEnumerable<SurveyResponse> Cell(string segment, string? industry, string? employees, int count, double centre = 20, int year = 2025,
        string? region = null, int seed = 0, double weight = 1)
    {
        var random = new Random(StableHash($"{segment}|{industry}|{employees}|{region}|{year}|{seed}"));
        return Enumerable.Range(0, count).Select(_ => Firm(segment, industry, employees,
            Math.Round(centre + ((random.NextDouble() - 0.35) * 60), 2), Math.Round(30 + (random.NextDouble() * 40), 2), year, region, weight,
            staff: Math.Round(20 + (random.NextDouble() * 20), 2)));
    }

    /// <summary>FNV-1a of the text: <see cref="HashCode"/> is seeded anew in every process, and a failing test must fail again.</summary>
    private static int StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return (int)hash;
    }
}
