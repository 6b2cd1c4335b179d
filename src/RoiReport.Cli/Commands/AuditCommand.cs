using RoiReport.Cli.Formats;
using RoiReport.Core.Benchmarks;
using RoiReport.Core.Disclosure;

namespace RoiReport.Cli.Commands;

/// <summary>Runs the differencing attack on a release, so that a publisher can show that nothing withheld can be worked back out.</summary>
public static class AuditCommand
{
    public const string Usage = """
        roireport audit [--data PATHS] [--config roireport.yml] [--benchmarks FILE]

        Attacks the published figures as an outsider would: adds and subtracts every published
        mean and share (each times its base) across groups, to work back out every figure the
        release withholds, and every set of firms that left a label blank. Prints each withheld
        figure it can derive and how close that comes to the truth, then a summary. Run it
        before every release.
          --data        the survey CSV files and folders the release was computed from; default: data
          --config      settings file; default: roireport.yml in the current folder, if there is one
          --benchmarks  attack this benchmarks.json instead of the figures computed from --data
        Exit codes: 0 nothing is disclosed, 1 a withheld figure is disclosed or the input is invalid, 2 usage error.
        """;

    public sealed record Options(IReadOnlyList<string> Data, string? Config, string? Benchmarks);

    public static Options Parse(IReadOnlyList<string> args)
    {
        var parsed = Arguments.Parse("audit", args, ["data", "config", "benchmarks"], ["data"]);
        return new Options(parsed.Values("data", SurveyInputs.DefaultDataFolder), parsed.Value("config"), parsed.Value("benchmarks"));
    }

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (CommandLine.HelpRequested(args, Usage, output))
        {
            return ExitCodes.Success;
        }
        var options = Parse(args);
        if (SurveyInputs.Load(options.Data, options.Config, error) is not { } inputs)
        {
            return ExitCodes.InvalidData;
        }
        var source = options.Benchmarks ?? "the figures computed from the survey";
        try
        {
            var release = options.Benchmarks is { } file ? SurveyInputs.ReadBenchmarks(file) : BenchmarkEngine.Compute(inputs.Data.Table, inputs.Config.Benchmark);
            var report = DifferencingAttack.Run(inputs.Data.Table, release);
            AuditText.Write(report, output);
            return report.Disclosed == 0 ? ExitCodes.Success : ExitCodes.InvalidData;
        }
        catch (InvalidDataException e)
        {
            error.WriteLine($"roireport audit: {source}: {e.Message}");
            return ExitCodes.InvalidData;
        }
    }
}
