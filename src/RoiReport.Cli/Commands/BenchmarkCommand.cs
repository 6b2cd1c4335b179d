using System.Text;
using RoiReport.Cli.Formats;
using RoiReport.Core.Benchmarks;
using RoiReport.Core.Contract;

namespace RoiReport.Cli.Commands;

public static class BenchmarkCommand
{
    public const string Usage = """
        roireport benchmark [--data PATHS] [--config roireport.yml] [--format json|csv|table] [--out FILE]

        Computes every peer group of every wave and writes it to FILE, or to standard output.
          --data    survey CSV files and folders (every *.csv inside); default: data
          --config  settings file; default: roireport.yml in the current folder, if there is one
          --format  json (the roireport.benchmarks/2 contract; default), csv, or table for reading
          --out     file to write; it is replaced only once the output is complete
        """;

    public sealed record Options(IReadOnlyList<string> Data, string? Config, BenchmarkFormat Format, string? Out);

    public static Options Parse(IReadOnlyList<string> args)
    {
        var parsed = Arguments.Parse("benchmark", args, ["data", "config", "format", "out"], ["data"]);
        return new Options(
            parsed.Values("data", SurveyInputs.DefaultDataFolder),
            parsed.Value("config"),
            parsed.Choice("format", BenchmarkFormat.Json),
            parsed.Value("out"));
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
        var report = BenchmarkEngine.Compute(inputs.Data.Table, inputs.Config.Benchmark);
        void Write(Stream stream) => WriteReport(report, options.Format, stream);
        if (options.Out is null)
        {
            using var buffer = new MemoryStream();
            Write(buffer);
            output.Write(Encoding.UTF8.GetString(buffer.ToArray()));
        }
        else
        {
            OutFile.WriteFile(options.Out, Write);
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
