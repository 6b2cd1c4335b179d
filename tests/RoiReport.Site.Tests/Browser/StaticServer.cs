using System.Net;
using System.Net.Sockets;

namespace RoiReport.Site.Tests.Browser;

/// <summary>Serves a built site on loopback as a static host would: folders by their index.html, 404.html for the rest.</summary>
internal sealed class StaticServer : IDisposable
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".json"] = "application/json",
        [".csv"] = "text/csv; charset=utf-8",
        [".xml"] = "application/xml",
        [".txt"] = "text/plain; charset=utf-8",
        [".ttf"] = "font/ttf",
    };

    private readonly HttpListener _listener = new();
    private readonly string _root;

    public StaticServer(string root)
    {
        _root = root;
        var port = FreePort();
        Address = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(Address);
        _listener.Start();
        _ = Task.Run(Serve);
    }

    public string Address { get; }

    public void Dispose() => _listener.Close();

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            var path = Path.Combine(_root, Uri.UnescapeDataString(context.Request.Url!.AbsolutePath).TrimStart('/'));
            if (Directory.Exists(path))
            {
                path = Path.Combine(path, "index.html");
            }
            var found = File.Exists(path) && Path.GetFullPath(path).StartsWith(_root, StringComparison.Ordinal);
            if (!found)
            {
                path = Path.Combine(_root, "404.html");
            }
            context.Response.StatusCode = found ? 200 : 404;
            context.Response.ContentType = Types.GetValueOrDefault(Path.GetExtension(path), "application/octet-stream");
            var bytes = await File.ReadAllBytesAsync(path);
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
