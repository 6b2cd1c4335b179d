using System.CommandLine;
using System.Globalization;

namespace RoiReport.Cli.Commands;

/// <summary>Checks the survey files without computing anything.</summary>
public sealed class ValidateCommand : SynchronousCommand<ValidateCommand.Request>
{
    private readonly Option<string[]> _data = CommandOptions.Data();
    private readonly Option<string?> _config = CommandOptions.Config();

    public ValidateCommand()
        : base("validate", "Check the survey files without computing anything.", """
            Checks the survey files as benchmark would read them, and computes nothing. Every problem is
            reported as file:line: column: what is wrong, what was expected.
            """)
    {
        Options.Add(_data);
        Options.Add(_config);
    }

    public sealed record Request(IReadOnlyList<string> Data, string? Config);

    protected override Request Bind(ParseResult parsed) => new(parsed.GetValue(_data)!, parsed.GetValue(_config));

    protected override int Run(Request request, TextWriter output, TextWriter error)
    {
        if (SurveyInputs.Load(request.Data, request.Config, error) is not { } inputs)
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
