using System.Text;
using RoiReport.Core.Sample;
using RoiReport.Ingest;

namespace RoiReport.Cli.Commands;

public static class SampleCommand
{
    public const string Usage = """
        roireport sample [--firms 2000] [--year 2025] [--seed 1] [--out FILE]

        Writes a synthetic survey wave in the canonical schema. The firms are invented (their
        respondent_id starts with SYN); the same options always give the same file.
        """;

    public sealed record Options(int Firms, int Year, int Seed, string? Out);

    public static Options Parse(IReadOnlyList<string> args)
    {
        var parsed = Arguments.Parse("sample", args, ["firms", "year", "seed", "out"], []);
        return new Options(
            parsed.Integer("firms", 2000, 1, 100_000_000),
            parsed.Integer("year", 2025, 1990, 2100),
            parsed.Integer("seed", 1, 0, int.MaxValue),
            parsed.Value("out"));
    }

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (CommandLine.HelpRequested(args, Usage, output))
        {
            return ExitCodes.Success;
        }
        var options = Parse(args);
        var responses = SampleSurvey.Generate(options.Firms, options.Year, (ulong)options.Seed);
        if (options.Out is null)
        {
            SurveyCsvWriter.Write(responses, output);
        }
        else
        {
            OutFile.WriteFile(options.Out, stream =>
            {
                using var text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true);
                SurveyCsvWriter.Write(responses, text);
            });
        }
        return ExitCodes.Success;
    }
}
