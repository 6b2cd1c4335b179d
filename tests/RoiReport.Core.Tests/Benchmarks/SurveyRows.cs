using RoiReport.Core.Survey;

namespace RoiReport.Core.Tests.Benchmarks;

/// <summary>Random survey waves with every kind of blank, zero and loss the engine must handle.</summary>
internal static class SurveyRows
{
    private static readonly string[] Industries = ["Software", "Retail", "Manufacturing", "Health & care"];
    private static readonly string[] Sizes = ["1-9", "10-49", "50-249"];

    public static List<SurveyResponse> Random(int seed, int count, int year = 2025)
    {
        var random = new Random(seed);
        double? Maybe(double value, double blankShare) => random.NextDouble() < blankShare ? null : value;
        double Money() => Math.Round(Math.Exp(random.NextDouble() * 11), 2);
        double Hours() => random.NextDouble() < 0.05 ? 0 : Math.Round(Math.Exp(random.NextDouble() * 7), 1);

        return [.. Enumerable.Range(0, count).Select(i => new SurveyResponse(
            RespondentId: $"R{i}",
            Year: year,
            Segment: random.Next(2) == 0 ? Segment.B2B : Segment.B2C,
            Industry: random.NextDouble() < 0.03 ? null : Industries[random.Next(Industries.Length)],
            Employees: Sizes[random.Next(Sizes.Length)],
            Region: null,
            SalesCycleMonths: null,
            SocialMedia: new ChannelInput(Maybe(Hours(), 0.03), Maybe(Money(), 0.3), Maybe(Money(), 0.03)),
            OtherMarketing: new ChannelInput(Maybe(Hours(), 0.03), Maybe(Money() * 2, 0.1), Maybe(Money(), 0.03))))];
    }
}
