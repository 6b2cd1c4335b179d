using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RoiReport.Site;
using RoiReport.Site.Output;

namespace RoiReport.Cli.Serve;

/// <summary>
/// Serves the latest good build from memory with Kestrel, and tells open pages when to reload: each
/// HTML page gets a script that listens to /_roireport/events and reloads after a rebuild, or shows
/// the errors of a failed one over the last good page.
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    private const string EventsPath = "/_roireport/events";
    private const string ScriptPath = "/_roireport/live.js";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly byte[] Script = ReadScript();

    private readonly WebApplication _app;
    private volatile PreviewState _state = new(0, null, null);
    private TaskCompletionSource _changed = NewSignal();

    private PreviewServer(WebApplication app) => _app = app;

    public Uri Address { get; private set; } = null!;

    /// <summary>Cancelled when the host stops, as it does on SIGTERM or Ctrl+C.</summary>
    public CancellationToken Stopping => _app.Lifetime.ApplicationStopping;

    /// <summary>What is served: the last good site, and the errors of the last build if it failed.</summary>
    private sealed record PreviewState(int Version, SiteFiles? Site, string? Error);

    /// <summary>Starts listening; throws <see cref="IOException"/> when the port is taken.</summary>
    public static async Task<PreviewServer> StartAsync(IPAddress host, int port, CancellationToken cancellation)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.Configure<Microsoft.Extensions.Hosting.HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(host, port));
        var app = builder.Build();
        var server = new PreviewServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync(cancellation);
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Address = new Uri(bound.EndsWith('/') ? bound : bound + "/");
        return server;
    }

    /// <summary>Serves a newly built site and reloads the open pages.</summary>
    public void Publish(SiteFiles site) => Change(_state with { Version = _state.Version + 1, Site = site, Error = null });

    /// <summary>Keeps the last good site and shows the errors on every open page.</summary>
    public void PublishError(string error) => Change(_state with { Error = error });

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void Change(PreviewState state)
    {
        _state = state;
        Interlocked.Exchange(ref _changed, NewSignal()).TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }
        var path = request.Path.Value ?? "/";
        if (path == EventsPath)
        {
            await StreamEventsAsync(context);
            return;
        }
        if (path == ScriptPath)
        {
            await SendAsync(response, StatusCodes.Status200OK, "text/javascript; charset=utf-8", Script, HttpMethods.IsHead(request.Method));
            return;
        }

        var state = _state;
        if (state.Site is not { } site)
        {
            var page = $"<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Build failed</title><body><h1>The site could not be built</h1><p>Fix the problem below and save: this page reloads.</p><pre>{Html.Encode(state.Error ?? "Building…")}</pre></body></html>";
            await SendAsync(response, StatusCodes.Status503ServiceUnavailable, "text/html; charset=utf-8", WithLiveReload(Utf8.GetBytes(page), state.Version), HttpMethods.IsHead(request.Method));
            return;
        }
        var relative = path.TrimStart('/');
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }
        if (site.TryGet(relative, out var bytes))
        {
            var type = ContentType(relative);
            var body = type.StartsWith("text/html", StringComparison.Ordinal) ? WithLiveReload(bytes, state.Version) : bytes;
            await SendAsync(response, StatusCodes.Status200OK, type, body, HttpMethods.IsHead(request.Method));
        }
        else if (site.TryGet(relative + "/index.html", out _))
        {
            response.StatusCode = StatusCodes.Status301MovedPermanently;
            response.Headers.Location = path + "/" + request.QueryString;
        }
        else
        {
            var notFound = site.TryGet("404.html", out var page) ? WithLiveReload(page, state.Version) : Utf8.GetBytes("Not found");
            await SendAsync(response, StatusCodes.Status404NotFound, "text/html; charset=utf-8", notFound, HttpMethods.IsHead(request.Method));
        }
    }

    /// <summary>Server-sent events: the current state at once, then every change, with a comment now and then to keep the line open.</summary>
    private async Task StreamEventsAsync(HttpContext context)
    {
        var response = context.Response;
        using var either = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _app.Lifetime.ApplicationStopping);
        var stopping = either.Token;
        response.ContentType = "text/event-stream";
        response.Headers["X-Accel-Buffering"] = "no";
        try
        {
            await response.WriteAsync("retry: 500\n\n", stopping);
            while (!stopping.IsCancellationRequested)
            {
                var changed = _changed.Task;
                var state = _state;
                var data = JsonSerializer.Serialize(new Dictionary<string, object?> { ["version"] = state.Version, ["error"] = state.Error });
                await response.WriteAsync($"event: state\ndata: {data}\n\n", stopping);
                await response.Body.FlushAsync(stopping);
                while (await Task.WhenAny(changed, Task.Delay(TimeSpan.FromSeconds(15), stopping)) != changed)
                {
                    await response.WriteAsync(": still here\n\n", stopping);
                    await response.Body.FlushAsync(stopping);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed or the server is stopping.
        }
    }

    private static async Task SendAsync(HttpResponse response, int status, string type, byte[] body, bool headOnly)
    {
        response.StatusCode = status;
        response.ContentType = type;
        response.ContentLength = body.Length;
        if (!headOnly)
        {
            await response.Body.WriteAsync(body);
        }
    }

    /// <summary>The page with the live-reload script before its closing body tag.</summary>
    private static byte[] WithLiveReload(byte[] page, int version)
    {
        var html = Utf8.GetString(page);
        var tag = $"<script src=\"{ScriptPath}\" data-version=\"{version}\" defer></script>";
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return Utf8.GetBytes(end < 0 ? html + tag : string.Concat(html.AsSpan(0, end), tag, html.AsSpan(end)));
    }

    private static string ContentType(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json",
        ".csv" => "text/csv; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".xml" => "application/xml",
        ".txt" => "text/plain; charset=utf-8",
        ".ttf" => "font/ttf",
        ".woff2" => "font/woff2",
        ".ico" => "image/x-icon",
        _ => "application/octet-stream",
    };

    private static byte[] ReadScript()
    {
        using var stream = typeof(PreviewServer).Assembly.GetManifestResourceStream("live.js")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
