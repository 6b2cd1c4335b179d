using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using RoiReport.Cli.Serve;

namespace RoiReport.Cli.Commands;

/// <summary>Builds the site into memory, serves it, and rebuilds and reloads the open pages on every change.</summary>
public sealed class ServeCommand : RoiReportCommand<ServeCommand.Request>
{
    public const int DefaultPort = 5000;
    public const string DefaultHost = "127.0.0.1";

    private readonly SiteSourceOptions _site = new();
    private readonly Option<int> _port = CommandOptions.WholeNumber("--port", DefaultPort, 0, 65535, "the port to listen on; 0 picks a free one");
    private readonly Option<IPAddress> _host = new("--host")
    {
        HelpName = "ADDRESS",
        Description = "the address to listen on: this machine only unless it names another (0.0.0.0 for every network)",
        DefaultValueFactory = _ => IPAddress.Parse(DefaultHost),
        CustomParser = ParseHost,
    };

    public ServeCommand()
        : base("serve", "Preview the site, rebuilding and reloading on every change.", """
            Builds the site and serves it for previewing at http://HOST:PORT/, from memory (nothing is
            written to disk). Watches the input, the data, the theme and the configuration: on a change it
            rebuilds what the change touched and reloads the open pages. When a build fails, the errors are
            shown here and over the open pages, and the last good site stays served. Stop it with Ctrl+C.
            """)
    {
        Options.Add(_port);
        Options.Add(_host);
        _site.AddTo(this);
    }

    public sealed record Request(BuildCommand.Request Build, IPAddress Host, int Port);

    protected override Request Bind(ParseResult parsed) => new(_site.Bind(parsed), parsed.GetValue(_host)!, parsed.GetValue(_port));

    protected override async Task<int> RunAsync(Request request, TextWriter output, TextWriter error, CancellationToken stop)
    {
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(stop);
        void Stop(PosixSignalContext signal)
        {
            signal.Cancel = true;
            stopping.Cancel();
        }
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        return await ServeAsync(request, output, error, stopping.Token);
    }

    private static IPAddress ParseHost(ArgumentResult result)
    {
        var text = result.Tokens[0].Value;
        if (text == "localhost")
        {
            return IPAddress.Loopback;
        }
        if (IPAddress.TryParse(text, out var address))
        {
            return address;
        }
        result.AddError($"--host '{text}' is not an IP address, expected one such as 127.0.0.1, ::1 or 0.0.0.0");
        return IPAddress.Loopback;
    }

    /// <summary>Serves until <paramref name="stop"/> is cancelled.</summary>
    /// <param name="started">Told the address once the server listens.</param>
    public static async Task<int> ServeAsync(Request request, TextWriter output, TextWriter error, CancellationToken stop, Action<Uri>? started = null)
    {
        var build = request.Build;
        BuildCommand.CheckTheme(build.Theme);
        var builder = new PreviewBuilder(build);
        var first = builder.Build();
        if (stop.IsCancellationRequested || await Listen(request, stop) is not { } server)
        {
            return ExitCodes.Success;
        }
        await using (server)
        {
            Report(first, output, error, server, "built");
            output.WriteLine($"Serving {server.Address} (press Ctrl+C to stop)");
            if (!IPAddress.IsLoopback(request.Host))
            {
                error.WriteLine($"roireport: serving on {request.Host}: other machines that can reach this one can see the site.");
            }
            var watched = build.Data.Append(build.Input).Concat(build.Theme is { } theme ? [theme] : []).Append(build.Config ?? Config.RoiReportConfig.DefaultFileName).ToList();
            // Watching before saying so: an edit made as soon as the address is known is not missed.
            using var watcher = new SourceWatcher(watched);
            output.WriteLine($"Watching {string.Join(", ", watched)}");
            started?.Invoke(server.Address);
            await RebuildOnChanges(builder, watcher, server, output, error, stop);
        }
        return ExitCodes.Success;
    }

    /// <summary>The server, listening; null when asked to stop first. An address it cannot take is a usage error.</summary>
    private static async Task<PreviewServer?> Listen(Request request, CancellationToken stop)
    {
        try
        {
            return await PreviewServer.StartAsync(request.Host, request.Port, stop);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
        catch (IOException e) when (e.InnerException is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse } || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException($"serve: --port {request.Port} is already in use on {request.Host}, expected a free port such as --port {request.Port + 1}, or --port 0 for any");
        }
        catch (SocketException e)
        {
            throw new UsageException($"serve: cannot listen on {request.Host} port {request.Port} ({e.Message}), expected an address of this machine");
        }
    }

    /// <summary>Rebuilds and reports after every change to what is watched, until asked to stop.</summary>
    private static async Task RebuildOnChanges(PreviewBuilder builder, SourceWatcher watcher, PreviewServer server, TextWriter output, TextWriter error, CancellationToken stop)
    {
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
