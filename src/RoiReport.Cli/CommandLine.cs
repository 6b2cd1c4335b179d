using System.Reflection;
using RoiReport.Cli.Commands;

namespace RoiReport.Cli;

/// <summary>Dispatches to a command and turns every failure into a message and an exit code.</summary>
public static class CommandLine
{
    public const string Usage = """
        roireport: peer benchmarks of the social-media hourly return, from anonymized survey CSVs.

        Commands:
          build      [--input input] [--data PATHS] [--theme theme] [--config roireport.yml] [--output _site]
                     compute the benchmarks and build the static site
          serve      [--port 5000] [--host 127.0.0.1] [--input input] [--data PATHS] [--theme theme] [--config roireport.yml]
                     preview the site, rebuilding and reloading on every change
          benchmark  [--data PATHS] [--config roireport.yml] [--format json|csv|table] [--out FILE]
                     compute every peer group and print or write it
          validate   [--data PATHS] [--config roireport.yml]
                     check the survey files without computing anything
          sample     [--firms 2000] [--year 2025] [--seed 1] [--out FILE]
                     write a synthetic survey wave in the canonical schema
          compare    --segment B2B [--industry …] [--employees …] [--year …] --sm-sales … --sm-direct-costs … --sm-hours …
                     [--other-sales … --other-direct-costs … --other-hours …] [--data PATHS | --benchmarks FILE] [--format text|json]
                     place one firm among its peers
          audit      [--data PATHS] [--config roireport.yml] [--benchmarks FILE]
                     attack the published figures; exit 1 if a withheld figure can be worked back out

        --data takes files and folders (every *.csv inside); it defaults to ./data.
        Exit codes: 0 success, 1 invalid data or configuration, 2 usage error.
        Run 'roireport COMMAND --help' for a command's options.
        """;

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (args.Count == 0)
        {
            error.WriteLine(Usage);
            return ExitCodes.Usage;
        }
        if (args[0] is "--help" or "-h" or "help")
        {
            output.WriteLine(Usage);
            return ExitCodes.Success;
        }
        if (args[0] is "--version")
        {
            output.WriteLine(typeof(CommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion);
            return ExitCodes.Success;
        }
        var rest = args.Skip(1).ToList();
        try
        {
            return args[0] switch
            {
                "build" => BuildCommand.Run(rest, output, error),
                "serve" => ServeCommand.Run(rest, output, error),
                "benchmark" => BenchmarkCommand.Run(rest, output, error),
                "validate" => ValidateCommand.Run(rest, output, error),
                "sample" => SampleCommand.Run(rest, output, error),
                "compare" => CompareCommand.Run(rest, output, error),
                "audit" => AuditCommand.Run(rest, output, error),
                _ => throw new UsageException($"unknown command '{args[0]}', expected one of: build, serve, benchmark, validate, sample, compare, audit"),
            };
        }
        catch (UsageException e)
        {
            error.WriteLine($"roireport: {e.Message}");
            error.WriteLine("Run 'roireport --help' for usage.");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"roireport: {e.Message}");
            return ExitCodes.InvalidData;
        }
        catch (Exception e)
        {
            // A fault of ours: say so plainly, without a stack trace the user can do nothing with.
            error.WriteLine($"roireport: internal error ({e.GetType().Name}: {e.Message}). This is a bug in RoiReport; please report it with the command you ran.");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>Prints a command's help and returns true when it was asked for.</summary>
    internal static bool HelpRequested(IReadOnlyList<string> args, string usage, TextWriter output)
    {
        if (args.Any(a => a is "--help" or "-h"))
        {
            output.WriteLine(usage);
            return true;
        }
        return false;
    }
}
