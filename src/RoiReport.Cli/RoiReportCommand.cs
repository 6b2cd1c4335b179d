using System.CommandLine;

namespace RoiReport.Cli;

/// <summary>
/// A command of <c>roireport</c>: its options are defined once, and from them come its help, its
/// usage errors, and the record it runs with.
/// </summary>
/// <typeparam name="TOptions">What the command line asked for, read and checked.</typeparam>
public abstract class RoiReportCommand<TOptions> : Command, IRoiReportCommand
{
    /// <param name="summary">One line, for the list of commands and the top of the command's help.</param>
    /// <param name="details">What the command does and leaves alone, for the end of its help.</param>
    protected RoiReportCommand(string name, string summary, string details)
        : base(name, summary)
    {
        Details = details;
        SetAction((parsed, stop) => RunAsync(Bind(parsed), parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error, stop));
    }

    public string Details { get; }

    public virtual string ExitCodeHelp => CommandLine.CommonExitCodes;

    /// <summary>The options of <paramref name="args"/> (the command's own, without its name); a usage error when they cannot be read.</summary>
    public TOptions Read(IReadOnlyList<string> args)
    {
        var parsed = Parse(args);
        CommandLine.ThrowOnErrors(parsed);
        return Bind(parsed);
    }

    /// <summary>The options of a command line that parsed without errors.</summary>
    protected abstract TOptions Bind(ParseResult parsed);

    protected abstract Task<int> RunAsync(TOptions options, TextWriter output, TextWriter error, CancellationToken stop);
}

/// <summary>A command that runs to its end on the calling thread, with nothing to wait for: all but <c>serve</c>.</summary>
public abstract class SynchronousCommand<TOptions>(string name, string summary, string details) : RoiReportCommand<TOptions>(name, summary, details)
{
    protected sealed override Task<int> RunAsync(TOptions options, TextWriter output, TextWriter error, CancellationToken stop) =>
        Task.FromResult(Run(options, output, error));

    /// <returns>The command's exit code.</returns>
    protected abstract int Run(TOptions options, TextWriter output, TextWriter error);
}

/// <summary>What a command's help says after its options.</summary>
internal interface IRoiReportCommand
{
    string Details { get; }

    /// <summary>What each exit code means for this command.</summary>
    string ExitCodeHelp { get; }
}
