namespace RoiReport.Cli.Tests;

/// <summary>One run of the command line, in this process, with what it printed.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CommandLine.Run(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
