using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace RoiReport.Cli;

/// <summary>
/// Reports the stages of a long command on standard error: a live status with a tick per finished
/// stage on a terminal, plain timed lines when the output is not a terminal or CI is set.
/// </summary>
internal static class StageProgress
{
    public static T Run<T>(TextWriter error, string activity, Func<Action<string>, T> work)
    {
        var clock = Stopwatch.StartNew();
        string Elapsed() => clock.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";
        if (!IsInteractive(error))
        {
            return work(stage => error.WriteLine($"[{Elapsed(),7}] {stage}"));
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Status().Start(activity, context => work(stage =>
        {
            console.MarkupLine($"[green]✓[/] {Markup.Escape(stage)} [grey]({Elapsed()})[/]");
            context.Refresh();
        }));
    }

    /// <summary>Live output only on the process's own standard error, on a terminal, outside CI.</summary>
    internal static bool IsInteractive(TextWriter error) =>
        ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
}
