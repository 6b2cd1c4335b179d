using System.CommandLine;
using RoiReport.Cli.Formats;
using RoiReport.Core.Benchmarks;
using RoiReport.Core.Comparison;
using RoiReport.Core.Survey;
using RoiReport.Site;

namespace RoiReport.Cli.Commands;

/// <summary>Places one firm among its peers, from the survey data or a published benchmarks.json.</summary>
public sealed class CompareCommand : SynchronousCommand<CompareCommand.Request>
{
    private readonly Option<string> _segment = new("--segment") { HelpName = "B2B|B2C", Description = "the firm's segment", Required = true };
    private readonly Option<string?> _industry = new("--industry") { HelpName = "NAME", Description = "the firm's industry, as the survey labels it" };
    private readonly Option<string?> _employees = new("--employees") { HelpName = "BAND", Description = "the firm's size band, as the survey labels it, such as 10-49" };
    private readonly Option<int?> _year = CommandOptions.OptionalWholeNumber("--year", 1990, 2100, "the wave to compare with; default: the latest");
    private readonly Option<double?> _smSales = CommandOptions.Number("--sm-sales", "sales attributed to social media", required: true);
    private readonly Option<double?> _smDirectCosts = CommandOptions.Number("--sm-direct-costs", "direct expenses of social media (ads, tools, agencies)", required: true);
    private readonly Option<double?> _smHours = CommandOptions.Number("--sm-hours", "hours put into social media", required: true);
    private readonly Option<double?> _otherSales = CommandOptions.Number("--other-sales", "sales attributed to other marketing");
    private readonly Option<double?> _otherDirectCosts = CommandOptions.Number("--other-direct-costs", "direct expenses of other marketing");
    private readonly Option<double?> _otherHours = CommandOptions.Number("--other-hours", "hours put into other marketing");
    private readonly Option<string[]> _data = CommandOptions.Data();
    private readonly Option<string?> _benchmarks = CommandOptions.File("--benchmarks", "a published benchmarks.json to compare with, instead of --data");
    private readonly Option<string?> _config = CommandOptions.Config();
    private readonly ChoiceOption<CompareFormat> _format = CommandOptions.Choice("--format", CompareFormat.Text, "text for reading, or json");

    public CompareCommand()
        : base("compare", "Place one firm among its peers.", """
            Computes the firm's hourly return ((sales - direct costs) / hours) and places it in the most
            specific published peer group that matches, dropping size, then industry, where a group has
            too few firms. The percentile is estimated from the published quantiles alone, as the site's
            calculator does. Nothing is sent anywhere.
            """)
    {
        foreach (var option in new Option[] { _segment, _industry, _employees, _year, _smSales, _smDirectCosts, _smHours, _otherSales, _otherDirectCosts, _otherHours, _data, _benchmarks, _config, _format })
        {
            Options.Add(option);
        }
        Validators.Add(result =>
        {
            var givenOther = new Option[] { _otherSales, _otherDirectCosts, _otherHours }.Count(o => result.GetResult(o) is not null);
            if (givenOther is > 0 and < 3)
            {
                result.AddError("--other-sales, --other-direct-costs and --other-hours go together, expected all three or none");
            }
            if (result.GetResult(_data) is not null && result.GetResult(_benchmarks) is not null)
            {
                result.AddError("--data and --benchmarks are alternatives, expected one of them");
            }
        });
    }

    /// <summary>The firm as given; its segment and labels are checked against the figures it is compared with.</summary>
    public sealed record Request(string Segment, string? Industry, string? Employees, int? Year, ChannelInput SocialMedia, ChannelInput? Other,
        IReadOnlyList<string> Data, string? Benchmarks, string? Config, CompareFormat Format);

    protected override Request Bind(ParseResult parsed)
    {
        ChannelInput Channel(Option<double?> hours, Option<double?> sales, Option<double?> directCosts) =>
            new(parsed.GetValue(hours)!.Value, parsed.GetValue(sales)!.Value, parsed.GetValue(directCosts)!.Value);
        return new Request(
            parsed.GetValue(_segment)!,
            parsed.GetValue(_industry),
            parsed.GetValue(_employees),
            parsed.GetValue(_year),
            Channel(_smHours, _smSales, _smDirectCosts),
            parsed.GetResult(_otherHours) is null ? null : Channel(_otherHours, _otherSales, _otherDirectCosts),
            parsed.GetValue(_data)!,
            parsed.GetValue(_benchmarks),
            parsed.GetValue(_config),
            _format.ValueIn(parsed));
    }

    protected override int Run(Request request, TextWriter output, TextWriter error)
    {
        try
        {
            var segment = SegmentNames.TryParse(request.Segment, out var s)
                ? s
                : throw new ComparisonException($"unknown segment '{request.Segment}', expected B2B or B2C");
            if (Report(request, error) is not { } report)
            {
                return ExitCodes.InvalidData;
            }
            var firm = new FirmFigures(segment, request.Industry, request.Employees, request.Year, request.SocialMedia, request.Other);
            var result = PeerComparison.Compare(report, firm);
            var currency = SurveyInputs.LoadConfig(request.Config)?.Site.Currency ?? SiteOptions.Default.Currency;
            if (request.Format == CompareFormat.Json)
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

    private static BenchmarkReport? Report(Request request, TextWriter error)
    {
        if (request.Benchmarks is { } path)
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
        return SurveyInputs.Load(request.Data, request.Config, error) is { } inputs
            ? BenchmarkEngine.Compute(inputs.Data.Table, inputs.Config.Benchmark)
            : null;
    }
}
