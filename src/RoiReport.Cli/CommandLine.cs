using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using RoiReport.Cli.Commands;

namespace RoiReport.Cli;

/// <summary>The <c>roireport</c> command line: its commands, and every failure turned into a message and an exit code.</summary>
public static class CommandLine
{
    internal const string CommonExitCodes = """
          0   done
          1   the survey data, the configuration or the site's input is invalid; the messages name each file and line
          2   usage error: an unknown command or option, a missing or malformed value, a path that does not exist
          70  a fault in RoiReport itself, not in what it was given; please report it
        """;

    private const string Summary = "Peer benchmarks of the social-media hourly return, from anonymized survey CSVs.";

    /// <summary>Every command, with its options, help and action.</summary>
    public static RootCommand Definition()
    {
        Command[] commands =
        [
            new BuildCommand(), new ServeCommand(), new BenchmarkCommand(), new ValidateCommand(),
            new SampleCommand(), new CompareCommand(), new AuditCommand(), new NewCommand(), ThemeEjectCommand.Group(),
        ];
        var root = new RootCommand(Summary);
        foreach (var command in commands)
        {
            root.Subcommands.Add(command);
        }
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new HelpWithDetails((HelpAction)help.Action!);
        return root;
    }

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var root = Definition();
        var parsed = root.Parse(args);
        var invocation = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            EnableDefaultExceptionHandler = false,
            // The library's handler would answer Ctrl+C and SIGTERM with 130 or 143 whenever the
            // command's task ends cancelled; serve stops on them itself, and exits 0.
            ProcessTerminationTimeout = null,
        };
        try
        {
            if (args.Count == 0)
            {
                parsed = root.Parse(["--help"]);
                invocation.Output = error;
                parsed.Invoke(invocation);
                return ExitCodes.Usage;
            }
            ThrowOnErrors(parsed);
            return parsed.InvokeAsync(invocation).GetAwaiter().GetResult();
        }
        catch (UsageException e)
        {
            var command = $"roireport {CommandPath(parsed)}".TrimEnd();
            error.WriteLine($"roireport: {e.Message}");
            error.WriteLine($"Run '{command} --help' for usage.");
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

    /// <summary>A usage error for the first thing wrong with a parsed command line, naming the command.</summary>
    internal static void ThrowOnErrors(ParseResult parsed)
    {
        // --help and --version act in place of the command, whatever else the line holds.
        if (parsed.Action is { } action && parsed.RootCommandResult.Command.Options.Any(o => o.Action == action))
        {
            return;
        }
        var command = parsed.CommandResult.Command;
        var prefix = CommandPath(parsed) is { Length: > 0 } path ? path + ": " : "";
        if (parsed.UnmatchedTokens.FirstOrDefault() is { } unmatched)
        {
            var options = OwnOptions(command).ToList();
            throw new UsageException(
                command.Subcommands.Count > 0 && !unmatched.StartsWith('-') ? $"{prefix}unknown command '{unmatched}', expected one of: {string.Join(", ", command.Subcommands.Select(c => c.Name))}"
                : unmatched.StartsWith('-') && options.Count > 0 ? $"{prefix}unknown option '{unmatched}', expected one of: {string.Join(", ", options)}"
                : options.Count > 0 ? $"{prefix}unexpected argument '{unmatched}', expected an option such as {options[0]}"
                : $"{prefix}unexpected argument '{unmatched}'");
        }
        if (parsed.Errors.FirstOrDefault() is { } problem)
        {
            throw new UsageException(prefix + problem.Message);
        }
    }

    /// <summary>The command's names below the root, as typed: <c>theme eject</c>.</summary>
    private static string CommandPath(ParseResult parsed)
    {
        var names = new List<string>();
        for (var result = parsed.CommandResult; result.Command is not RootCommand; result = (System.CommandLine.Parsing.CommandResult)result.Parent!)
        {
            names.Insert(0, result.Command.Name);
            if (result.Parent is not System.CommandLine.Parsing.CommandResult)
            {
                break;
            }
        }
        return string.Join(' ', names);
    }

    private static IEnumerable<string> OwnOptions(Command command) => command.Options.Where(o => o is not HelpOption).Select(o => o.Name);

    /// <summary>The library's help, followed by what the command does in detail and what its exit codes mean.</summary>
    private sealed class HelpWithDetails(HelpAction help) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parsed)
        {
            var code = help.Invoke(parsed);
            var output = parsed.InvocationConfiguration.Output;
            var command = parsed.CommandResult.Command as IRoiReportCommand;
            if (command is not null)
            {
                output.WriteLine("Details:");
                foreach (var line in command.Details.TrimEnd().Split('\n'))
                {
                    output.WriteLine("  " + line);
                }
                output.WriteLine();
            }
            output.WriteLine("Exit codes:");
            output.WriteLine(command?.ExitCodeHelp ?? CommonExitCodes);
            return code;
        }
    }
}
