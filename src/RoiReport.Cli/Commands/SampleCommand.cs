using System.CommandLine;
using System.Text;
using RoiReport.Core.Sample;
using RoiReport.Ingest;

namespace RoiReport.Cli.Commands;

/// <summary>Writes a synthetic survey wave, for trying the tool and for tests.</summary>
public sealed class SampleCommand : SynchronousCommand<SampleCommand.Request>
{
    private readonly Option<int> _firms = CommandOptions.WholeNumber("--firms", 2000, 1, 100_000_000, "how many firms");
    private readonly Option<int> _year = CommandOptions.WholeNumber("--year", 2025, 1990, 2100, "the wave's survey year");
    private readonly Option<int> _seed = CommandOptions.WholeNumber("--seed", 1, 0, int.MaxValue, "the random seed; the same seed gives the same file");
    private readonly Option<string?> _out = CommandOptions.File("--out", "file to write, replaced only once it is complete; default: standard output");

    public SampleCommand()
        : base("sample", "Write a synthetic survey wave in the canonical schema.", """
            Writes a synthetic survey wave in the canonical schema. The firms are invented (their
            respondent_id starts with SYN); the same request always give the same file.
            """)
    {
        Options.Add(_firms);
        Options.Add(_year);
        Options.Add(_seed);
        Options.Add(_out);
    }

    public sealed record Request(int Firms, int Year, int Seed, string? Out);

    protected override Request Bind(ParseResult parsed) => new(parsed.GetValue(_firms), parsed.GetValue(_year), parsed.GetValue(_seed), parsed.GetValue(_out));

    protected override int Run(Request request, TextWriter output, TextWriter error)
    {
        var responses = SampleSurvey.Generate(request.Firms, request.Year, (ulong)request.Seed);
        if (request.Out is null)
        {
            SurveyCsvWriter.Write(responses, output);
        }
        else
        {
            OutFile.WriteFile(request.Out, stream =>
            {
                using var text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true);
                SurveyCsvWriter.Write(responses, text);
            });
        }
        return ExitCodes.Success;
    }
}
