using RoiReport.Core.Survey;

namespace RoiReport.Core.Sample;

/// <summary>
/// Synthetic survey waves for demonstration and tests, shaped by what practitioners report: B2B
/// firms with long sales cycles often cannot attribute sales to social media; hourly returns are
/// heavy-tailed with a real share of losses; only a minority of firms earn as much per social-media
/// hour as per hour of their other marketing. The firms are invented; their identifiers say so.
/// </summary>
public static class SampleSurvey
{
    private static readonly (string, double)[] B2BIndustries =
    [
        ("Software", 25), ("Professional services", 25), ("Manufacturing", 20), ("Wholesale", 15), ("Consumer goods", 10), ("Retail", 5),
    ];

    private static readonly (string, double)[] B2CIndustries =
    [
        ("Retail", 30), ("Hospitality", 20), ("Consumer goods", 17), ("Health & fitness", 10), ("Professional services", 10), ("Software", 8), ("Manufacturing", 5),
    ];

    private static readonly (Size, double Weight)[] Sizes =
    [
        (new("1-9", 150), 40), (new("10-49", 400), 32), (new("50-249", 900), 20), (new("250+", 2000), 8),
    ];

    /// <summary>A size band and the median hours a year its firms put into social media.</summary>
    private sealed record Size(string Band, double MedianHours);

    private static readonly (string, double)[] Regions =
    [
        ("Europe", 40), ("North America", 35), ("Asia-Pacific", 15), ("Latin America", 10),
    ];

    private static readonly (string, double)[] B2BPlatforms =
    [
        ("LinkedIn", 45), ("Facebook", 25), ("X", 12), ("YouTube", 10), ("Instagram", 8),
    ];

    private static readonly (string, double)[] B2CPlatforms =
    [
        ("Facebook", 45), ("Instagram", 30), ("TikTok", 10), ("YouTube", 10), ("Pinterest", 5),
    ];

    private static readonly (Experience, double Weight)[] Experiences =
    [
        (new(0.5, 0.12, 0.75), 20), (new(2, 0, 1.0), 30), (new(5, -0.08, 1.2), 50),
    ];

    /// <summary>Years on social media for marketing: the median, and how they shift a firm's chance of a loss and its return when it makes one.</summary>
    private sealed record Experience(double MedianYears, double LossShift, double RateFactor);

    /// <summary>The identifier prefix that marks a respondent as invented.</summary>
    public const string IdPrefix = "SYN";

    /// <summary>
    /// Invented firms of one wave. The targets each answer is drawn to, and the published surveys
    /// they follow, are in data/README.md: about a quarter of firms can attribute sales to social
    /// media, fewer the longer a B2B firm's sales cycle; a third lose money on it, fewer with more
    /// experience and more hours.
    /// </summary>
    public static IEnumerable<SurveyResponse> Generate(int firms, int year, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(firms);
        var random = new SeededRandom(seed ^ ((ulong)year * 0x9E3779B97F4A7C15UL));
        var costs = new SeededRandom(seed ^ ((ulong)year * 0xD1B54A32D192ED03UL) ^ 0x5EED);
        // Returns drift up a little from wave to wave, so that a trend has something to show.
        var drift = 1 + (0.08 * (year - 2024));
        for (var i = 1; i <= firms; i++)
        {
            yield return Firm(random, costs, $"{IdPrefix}-{year}-{i:D6}", year, drift);
        }
    }

    /// <summary>One invented firm; <paramref name="costs"/> draws its staff cost, the rest comes from <paramref name="random"/>, in a fixed order.</summary>
    private static SurveyResponse Firm(SeededRandom random, SeededRandom costs, string id, int year, double drift)
    {
        var b2b = random.Chance(0.55);
        var industry = random.Pick(b2b ? B2BIndustries : B2CIndustries);
        var size = random.Pick(Sizes);
        var region = random.Pick(Regions);
        var platform = random.Pick(b2b ? B2BPlatforms : B2CPlatforms);
        var cycle = b2b
            ? Math.Round(random.NextLogNormal(4, 0.9) * 2) / 2
            : Math.Round(random.NextLogNormal(0.5, 0.7), 1);
        var skill = random.Pick(Experiences);
        var years = Math.Round(random.NextLogNormal(skill.MedianYears, 0.4), 1);

        var smHours = random.Chance(0.04) ? 0 : Hours(random.NextLogNormal(size.MedianHours, 0.7));
        var perWeek = smHours / 52;
        var smCosts = Money(smHours * random.NextLogNormal(15, 0.8));
        var lossChance = (b2b ? 0.36 : 0.3) + skill.LossShift + (perWeek < 2 ? 0.08 : perWeek >= 10 ? -0.05 : 0);
        var smRate = random.Chance(lossChance)
            ? -random.NextLogNormal(12, 0.9)
            : random.NextLogNormal((b2b ? 18 : 22) * drift * skill.RateFactor, b2b ? 1.2 : 1.0);
        // Most firms cannot say what social media sold; B2B firms less often the longer their sales cycle.
        var attributes = b2b ? 0.4 * Math.Exp(-cycle / 12) : 0.32;
        var canAttributeSm = random.Chance(attributes * (0.75 + (0.25 * skill.RateFactor)));
        var smSales = Money(Math.Max(0, smCosts + (smRate * smHours)));

        var otherHours = random.Chance(0.03) ? 0 : Hours(random.NextLogNormal(size.MedianHours * 1.2, 0.6));
        var otherCosts = Money(otherHours * random.NextLogNormal(25, 0.8));
        var otherRate = random.Chance(0.15) ? -random.NextLogNormal(10, 0.8) : random.NextLogNormal(40 * drift, 0.9);
        var canAttributeOther = !random.Chance(b2b ? Math.Min(0.15, 0.02 + (0.005 * cycle)) : 0.03);
        var otherSales = Money(Math.Max(0, otherCosts + (otherRate * otherHours)));

        return new SurveyResponse(
            RespondentId: id,
            Year: year,
            Segment: b2b ? Segment.B2B : Segment.B2C,
            Industry: industry,
            Employees: size.Band,
            Region: region,
            SalesCycleMonths: random.Chance(0.05) ? null : cycle,
            SocialMedia: new ChannelInput(smHours, canAttributeSm ? smSales : null, random.Chance(0.03) ? null : smCosts),
            OtherMarketing: new ChannelInput(otherHours, canAttributeOther ? otherSales : null, random.Chance(0.03) ? null : otherCosts),
            SmStaffCostPerHour: StaffCost(costs, size.Band),
            SmYears: random.Chance(0.08) ? null : years,
            SmPrimaryPlatform: random.Chance(0.05) ? null : platform);
    }

    /// <summary>What an hour of the staff doing social media costs, loaded with overheads; a quarter of firms leave it blank.</summary>
    private static double? StaffCost(SeededRandom random, string sizeBand)
    {
        var known = !random.Chance(0.25);
        var median = sizeBand switch { "1-9" => 28.0, "10-49" => 34.0, "50-249" => 40.0, _ => 46.0 };
        var cost = Money(random.NextLogNormal(median, 0.3));
        return known ? cost : null;
    }

    private static double Hours(double hours) => Math.Max(0.5, Math.Round(hours * 2) / 2);

    private static double Money(double amount) => Math.Round(amount, 2);
}
