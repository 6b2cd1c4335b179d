using System.Globalization;

namespace RoiReport.Cli.Commands;

public static class ValidateCommand
{
    public const string Usage = """
        roireport validate [--data PATHS] [--config roireport.yml]

        Checks the survey files as benchmark would read them, and computes nothing. Every problem is
        reported as file:line: column: what is wrong, what was expected.
        """;

    public sealed record Options(IReadOnlyList<string> Data, string? Config);

    public static Options Parse(IReadOnlyList<string> args)
    {
        var parsed = Arguments.Parse("validate", args, ["data", "config"], ["data"]);
        return new Options(parsed.Values("data", SurveyInputs.DefaultDataFolder), parsed.Value("config"));
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
        var data = inputs.Data;
        var waves = data.Table.Waves.Select(w => string.Create(CultureInfo.InvariantCulture, $"{w.Year}: {w.Count:N0}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ok: {data.Files.Count} {(data.Files.Count == 1 ? "file" : "files")}, {data.Table.Count:N0} firms ({string.Join("; ", waves)})"));
        if (data.IgnoredColumns.Count > 0)
        {
            output.WriteLine($"ignored columns (not read, never published): {string.Join(", ", data.IgnoredColumns)}");
        }
        return ExitCodes.Success;
    }
}
