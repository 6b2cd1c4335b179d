using System.Globalization;
using RoiReport.Cli.Formats;
using RoiReport.Core.Benchmarks;
using RoiReport.Core.Comparison;
using RoiReport.Core.Survey;
using RoiReport.Site;

namespace RoiReport.Cli.Commands;

/// <summary>Places one firm among its peers, from the survey data or a published benchmarks.json.</summary>
public static class CompareCommand
{
    public const string Usage = """
        roireport compare --segment B2B [--industry Software] [--employees 10-49] [--year 2025]
                          --sm-sales 50000 --sm-direct-costs 5000 --sm-hours 900
                          [--other-sales … --other-direct-costs … --other-hours …]
                          [--data PATHS | --benchmarks benchmarks.json] [--config roireport.yml] [--format text|json]

        Computes the firm's hourly return ((sales − direct costs) / hours) and places it in the most
        specific published peer group that matches, dropping size, then industry, where a group has
        too few firms. The percentile is estimated from the published quantiles alone, as the
        site's calculator does. Nothing is sent anywhere.
        """;

    private static readonly string[] OtherOptions = ["other-sales", "other-direct-costs", "other-hours"];

    public sealed record Options(FirmFigures Firm, IReadOnlyList<string> Data, string? Benchmarks, string? Config, CompareFormat Format);

    public static Options Parse(IReadOnlyList<string> args)
    {
        var parsed = Arguments.Parse("compare", args,
            ["segment", "industry", "employees", "year", "sm-sales", "sm-direct-costs", "sm-hours", .. OtherOptions, "data", "benchmarks", "config", "format"],
            ["data"]);
        double Number(string name) => parsed.Value(name) is { } text
            ? double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
                ? value
                : throw new UsageException($"compare: --{name} '{text}' is not a number, expected a plain number such as 1250.50")
            : throw new UsageException($"compare: --{name} is required");
        if (parsed.Value("segment") is null)
        {
            throw new UsageException("compare: --segment is required (B2B or B2C)");
        }
        var givenOther = OtherOptions.Count(parsed.Has);
        if (givenOther is > 0 and < 3)
        {
            throw new UsageException("compare: --other-sales, --other-direct-costs and --other-hours go together, expected all three or none");
        }
        if (parsed.Has("data") && parsed.Has("benchmarks"))
        {
            throw new UsageException("compare: --data and --benchmarks are alternatives, expected one of them");
        }
        var segment = SegmentNames.TryParse(parsed.Value("segment")!, out var s)
            ? s
            : throw new ComparisonException($"unknown segment '{parsed.Value("segment")}', expected B2B or B2C");
        var firm = new FirmFigures(
            segment,
            parsed.Value("industry"),
            parsed.Value("employees"),
            parsed.Has("year") ? parsed.Integer("year", 0, 1990, 2100) : null,
            new ChannelInput(Number("sm-hours"), Number("sm-sales"), Number("sm-direct-costs")),
            givenOther == 3 ? new ChannelInput(Number("other-hours"), Number("other-sales"), Number("other-direct-costs")) : null);
        return new Options(firm, parsed.Values("data", SurveyInputs.DefaultDataFolder), parsed.Value("benchmarks"), parsed.Value("config"), parsed.Choice("format", CompareFormat.Text));
    }

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (CommandLine.HelpRequested(args, Usage, output))
        {
            return ExitCodes.Success;
        }
        try
        {
            var options = Parse(args);
            if (Report(options, error) is not { } report)
            {
                return ExitCodes.InvalidData;
            }
            var result = PeerComparison.Compare(report, options.Firm);
            var currency = SurveyInputs.LoadConfig(options.Config)?.Site.Currency ?? SiteOptions.Default.Currency;
            if (options.Format == CompareFormat.Json)
            {
                ComparisonJson.Write(result, output);
            }
            else
            {
                ComparisonText.Write(result, new Money(currency), output);
            }
            return ExitCodes.Success;
        }
        catch (ComparisonException e)
        {
            error.WriteLine($"roireport compare: {e.Message}");
            return ExitCodes.InvalidData;
        }
    }

    private static BenchmarkReport? Report(Options options, TextWriter error)
    {
        if (options.Benchmarks is { } path)
        {
            try
            {
                return SurveyInputs.ReadBenchmarks(path);
            }
            catch (InvalidDataException e)
            {
                error.WriteLine($"{path}: {e.Message}");
                return null;
            }
        }
        return SurveyInputs.Load(options.Data, options.Config, error) is { } inputs
            ? BenchmarkEngine.Compute(inputs.Data.Table, inputs.Config.Benchmark)
            : null;
    }
}
