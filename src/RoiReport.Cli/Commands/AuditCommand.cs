using System.CommandLine;
using RoiReport.Cli.Formats;
using RoiReport.Core.Benchmarks;
using RoiReport.Core.Disclosure;

namespace RoiReport.Cli.Commands;

/// <summary>Runs the differencing attack on a release, so that a publisher can show that nothing withheld can be worked back out.</summary>
public sealed class AuditCommand : SynchronousCommand<AuditCommand.Request>
{
    private readonly Option<string[]> _data = CommandOptions.Data();
    private readonly Option<string?> _config = CommandOptions.Config();
    private readonly Option<string?> _benchmarks = CommandOptions.File("--benchmarks", "attack this benchmarks.json instead of the figures computed from --data");

    public AuditCommand()
        : base("audit", "Attack the published figures; exit 1 if a withheld figure can be worked back out.", """
            Attacks the published figures as an outsider would: adds and subtracts every published mean and
            share (each times its base) across groups, to work back out every figure the release withholds,
            and every set of firms that left a label blank. Prints each withheld figure it can derive and how
            close that comes to the truth, then a summary. Run it before every release, on the survey files
            the release was computed from.
            """)
    {
        Options.Add(_data);
        Options.Add(_config);
        Options.Add(_benchmarks);
    }

    public override string ExitCodeHelp => """
          0   nothing withheld can be worked back out
          1   a withheld figure is disclosed, or the survey data or configuration is invalid
          2   usage error: an unknown option, a missing value, a path that does not exist
          70  a fault in RoiReport itself; please report it
        """;

    public sealed record Request(IReadOnlyList<string> Data, string? Config, string? Benchmarks);

    protected override Request Bind(ParseResult parsed) => new(parsed.GetValue(_data)!, parsed.GetValue(_config), parsed.GetValue(_benchmarks));

    protected override int Run(Request request, TextWriter output, TextWriter error)
    {
        if (SurveyInputs.Load(request.Data, request.Config, error) is not { } inputs)
        {
            return ExitCodes.InvalidData;
        }
        var source = request.Benchmarks ?? "the figures computed from the survey";
        try
        {
            var release = request.Benchmarks is { } file ? SurveyInputs.ReadBenchmarks(file) : BenchmarkEngine.Compute(inputs.Data.Table, inputs.Config.Benchmark);
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
