using System.Diagnostics;
using System.Globalization;
using System.Text;
using RoiReport.Core.Benchmarks;
using RoiReport.Core.Output;

namespace RoiReport.Cli.Commands;

/// <summary>
/// Builds the site's output folder. Until the site generator lands, that is the benchmark data
/// files the site will publish: data/benchmarks.json and data/benchmarks.csv.
/// </summary>
public static class BuildCommand
{
    public const string DefaultOutput = "_site";

    public const string Usage = """
        roireport build [--data PATHS] [--config roireport.yml] [--output _site]

        Computes the benchmarks and writes OUTPUT/data/benchmarks.json and benchmarks.csv
        (aggregates only). The output folder is replaced only once the build has succeeded.
        """;

    public sealed record Options(IReadOnlyList<string> Data, string? Config, string Output);

    public static Options Parse(IReadOnlyList<string> args)
    {
        var parsed = Arguments.Parse("build", args, ["data", "config", "output"], ["data"]);
        return new Options(parsed.Values("data", SurveyInputs.DefaultDataFolder), parsed.Value("config"), parsed.Value("output", DefaultOutput));
    }

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (CommandLine.HelpRequested(args, Usage, output))
        {
            return ExitCodes.Success;
        }
        var options = Parse(args);
        OutputFolder.Check(options.Output, options.Data);
        var clock = Stopwatch.StartNew();
        if (SurveyInputs.Load(options.Data, options.Config, error) is not { } inputs)
        {
            error.WriteLine($"The previous {options.Output} was left as it was.");
            return ExitCodes.InvalidData;
        }
        var report = BenchmarkEngine.Compute(inputs.Data.Responses, inputs.Config.Benchmark);
        OutputFolder.Replace(options.Output, staging =>
        {
            var data = Directory.CreateDirectory(Path.Combine(staging, "data")).FullName;
            using (var json = File.Create(Path.Combine(data, "benchmarks.json")))
            {
                BenchmarkJson.Write(report, json);
                json.WriteByte((byte)'\n');
            }
            using var csv = new StreamWriter(Path.Combine(data, "benchmarks.csv"), false, new UTF8Encoding(false));
            BenchmarkCsv.Write(report, csv);
        });
        var suppressed = report.Groups.Count(g => g.Suppressed);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"built {options.Output}: {report.Waves.Count} {(report.Waves.Count == 1 ? "wave" : "waves")}, {inputs.Data.Responses.Count:N0} firms, {report.Groups.Count:N0} peer groups ({suppressed:N0} suppressed) in {clock.Elapsed.TotalSeconds:0.00} s"));
        return ExitCodes.Success;
    }
}
