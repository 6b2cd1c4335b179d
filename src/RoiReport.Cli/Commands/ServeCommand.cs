using System.Globalization;
using System.Net;
using System.Net.Sockets;
using RoiReport.Cli.Serve;

namespace RoiReport.Cli.Commands;

/// <summary>Builds the site into memory, serves it, and rebuilds and reloads the open pages on every change.</summary>
public static class ServeCommand
{
    public const int DefaultPort = 5000;
    public const string DefaultHost = "127.0.0.1";

    public const string Usage = """
        roireport serve [--port 5000] [--host 127.0.0.1] [--input input] [--data data] [--theme theme] [--config roireport.yml]

        Builds the site and serves it for previewing at http://HOST:PORT/, from memory (nothing is
        written to disk). Watches INPUT, DATA, THEME and the configuration: on a change it rebuilds
        what the change touched and reloads the open pages. When a build fails, the errors are shown
        here and over the open pages, and the last good site stays served. It listens on this
        machine only unless --host names another address (0.0.0.0 for every network). --port 0
        picks a free port. Stop it with Ctrl+C.
        """;

    public sealed record Options(BuildCommand.Options Build, IPAddress Host, int Port);

    public static Options Parse(IReadOnlyList<string> args)
    {
        var parsed = Arguments.Parse("serve", args, ["port", "host", "input", "data", "theme", "config"], ["data"]);
        var hostText = parsed.Value("host", DefaultHost);
        var host = hostText == "localhost" ? IPAddress.Loopback
            : IPAddress.TryParse(hostText, out var address) ? address
            : throw new UsageException($"serve: --host '{hostText}' is not an IP address, expected one such as 127.0.0.1, ::1 or 0.0.0.0");
        return new Options(
            new BuildCommand.Options(
                parsed.Value("input", BuildCommand.DefaultInput),
                BuildCommand.DataPaths(parsed),
                parsed.Value("theme", BuildCommand.DefaultTheme),
                parsed.Value("config"),
                Output: ""),
            host,
            parsed.Integer("port", DefaultPort, 0, 65535));
    }

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (CommandLine.HelpRequested(args, Usage, output))
        {
            return ExitCodes.Success;
        }
        var options = Parse(args);
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        return RunAsync(options, output, error, stop.Token).GetAwaiter().GetResult();
    }

    /// <summary>Serves until <paramref name="stop"/> is cancelled.</summary>
    /// <param name="started">Told the address once the server listens.</param>
    public static async Task<int> RunAsync(Options options, TextWriter output, TextWriter error, CancellationToken stop, Action<Uri>? started = null)
    {
        var build = options.Build;
        if (!Directory.Exists(build.Theme))
        {
            throw new UsageException($"--theme {build.Theme}: no such folder, expected the site's theme (layouts, partials, assets)");
        }
        var builder = new PreviewBuilder(build);
        var first = builder.Build();
        if (stop.IsCancellationRequested || await Listen(options, stop) is not { } server)
        {
            return ExitCodes.Success;
        }
        await using (server)
        {
            Report(first, output, error, server, "built");
            output.WriteLine($"Serving {server.Address} (press Ctrl+C to stop)");
            if (!IPAddress.IsLoopback(options.Host))
            {
                error.WriteLine($"roireport: serving on {options.Host}: other machines that can reach this one can see the site.");
            }
            var watched = build.Data.Append(build.Input).Append(build.Theme).Append(build.Config ?? Config.RoiReportConfig.DefaultFileName).ToList();
            output.WriteLine($"Watching {string.Join(", ", watched)}");
            started?.Invoke(server.Address);
            await RebuildOnChanges(builder, watched, server, output, error, stop);
        }
        return ExitCodes.Success;
    }

    /// <summary>The server, listening; null when asked to stop first. An address it cannot take is a usage error.</summary>
    private static async Task<PreviewServer?> Listen(Options options, CancellationToken stop)
    {
        try
        {
            return await PreviewServer.StartAsync(options.Host, options.Port, stop);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
        catch (IOException e) when (e.InnerException is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse } || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException($"serve: --port {options.Port} is already in use on {options.Host}, expected a free port such as --port {options.Port + 1}, or --port 0 for any");
        }
        catch (SocketException e)
        {
            throw new UsageException($"serve: cannot listen on {options.Host} port {options.Port} ({e.Message}), expected an address of this machine");
        }
    }

    /// <summary>Rebuilds and reports after every change to what is watched, until asked to stop.</summary>
    private static async Task RebuildOnChanges(PreviewBuilder builder, List<string> watched, PreviewServer server, TextWriter output, TextWriter error, CancellationToken stop)
    {
        using var watcher = new SourceWatcher(watched);
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(stop, server.Stopping);
        try
        {
            while (true)
            {
                var changed = await watcher.NextAsync(stopping.Token);
                // Name the files that are there: an editor's save passes through temporary ones.
                var names = changed.Where(File.Exists).DefaultIfEmpty(changed[0]).Select(p => Path.GetRelativePath(Directory.GetCurrentDirectory(), p)).ToList();
                var what = names.Count == 1 ? names[0] : $"{names[0]} and {names.Count - 1} more";
                Report(builder.Build(), output, error, server, $"{what} changed: rebuilt");
            }
        }
        catch (OperationCanceledException)
        {
            output.WriteLine("Stopped.");
        }
    }

    private static void Report(PreviewBuilder.Outcome outcome, TextWriter output, TextWriter error, PreviewServer server, string done)
    {
        var time = DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        if (outcome.Site is { } site && outcome.Summary is { } summary)
        {
            server.Publish(site);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"[{time}] {done} in {outcome.Elapsed.TotalSeconds:0.00} s: {summary.Pages:N0} pages, {summary.ChartsDrawn:N0} of {summary.Charts:N0} charts drawn{(outcome.Recomputed ? ", benchmarks computed" : "")}"));
            return;
        }
        server.PublishError(outcome.Messages.TrimEnd());
        error.Write(outcome.Messages);
        error.WriteLine($"[{time}] the build failed.");
    }
}
