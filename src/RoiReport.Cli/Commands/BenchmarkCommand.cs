using System.CommandLine;
using System.Text;
using RoiReport.Cli.Formats;
using RoiReport.Core.Benchmarks;
using RoiReport.Core.Contract;

namespace RoiReport.Cli.Commands;

/// <summary>Computes every peer group of every wave and prints or writes it.</summary>
public sealed class BenchmarkCommand : SynchronousCommand<BenchmarkCommand.Request>
{
    private readonly Option<string[]> _data = CommandOptions.Data();
    private readonly Option<string?> _config = CommandOptions.Config();
    private readonly ChoiceOption<BenchmarkFormat> _format = CommandOptions.Choice("--format", BenchmarkFormat.Json,
        "json (the roireport.benchmarks/2 contract), csv, or table for reading");
    private readonly Option<string?> _out = CommandOptions.File("--out", "file to write, replaced only once the output is complete; default: standard output");

    public BenchmarkCommand()
        : base("benchmark", "Compute every peer group and print or write it.",
            "Computes every peer group of every wave and writes it to a file, or to standard output.")
    {
        Options.Add(_data);
        Options.Add(_config);
        Options.Add(_format);
        Options.Add(_out);
    }

    public sealed record Request(IReadOnlyList<string> Data, string? Config, BenchmarkFormat Format, string? Out);

    protected override Request Bind(ParseResult parsed) => new(parsed.GetValue(_data)!, parsed.GetValue(_config), _format.ValueIn(parsed), parsed.GetValue(_out));

    protected override int Run(Request request, TextWriter output, TextWriter error)
    {
        if (SurveyInputs.Load(request.Data, request.Config, error) is not { } inputs)
        {
            return ExitCodes.InvalidData;
        }
        var report = BenchmarkEngine.Compute(inputs.Data.Table, inputs.Config.Benchmark);
        void Write(Stream stream) => WriteReport(report, request.Format, stream);
        if (request.Out is null)
        {
            using var buffer = new MemoryStream();
            Write(buffer);
            output.Write(Encoding.UTF8.GetString(buffer.ToArray()));
        }
        else
        {
            OutFile.WriteFile(request.Out, Write);
        }
        return ExitCodes.Success;
    }

    private static void WriteReport(BenchmarkReport report, BenchmarkFormat format, Stream stream)
    {
        if (format == BenchmarkFormat.Json)
        {
            BenchmarkJson.Write(report, stream);
            stream.WriteByte((byte)'\n');
            return;
        }
        using var text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
        if (format == BenchmarkFormat.Csv)
        {
            BenchmarkCsv.Write(report, text);
        }
        else
        {
            BenchmarkTable.Write(report, text);
        }
    }
}
