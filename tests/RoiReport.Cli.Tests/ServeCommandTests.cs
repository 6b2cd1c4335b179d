using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using RoiReport.Cli.Commands;
using RoiReport.Tests.Shared;

namespace RoiReport.Cli.Tests;

/// <summary><c>roireport serve</c> on a small site of its own, in this process, on a free loopback port.</summary>
public sealed class ServeCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    public ServeCommandTests()
    {
        _folder.Sample("data/2025.csv", 300, 2025);
        _folder.Write("input/index.md", "---\ntitle: Home\nlayout: home\n---\nWelcome.\n");
        About("First text.");
    }

    public void Dispose()
    {
        _http.Dispose();
        _folder.Dispose();
    }

    private void About(string body) => _folder.Write("input/about.md", $"---\ntitle: About\n---\n\n{body}\n");

    private sealed record Running(Uri Address, Task<int> Run, CancellationTokenSource Stop, StringWriter Output, StringWriter Error) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Stop.CancelAsync();
            Assert.Equal(0, await Run.WaitAsync(TimeSpan.FromSeconds(10)));
            Stop.Dispose();
        }
    }

    private async Task<Running> Start()
    {
        var options = new ServeCommand().Read(["--port", "0", "--input", _folder["input"], "--data", _folder["data"], "--theme", Repository.Theme, "--config", _folder.Write("roireport.yml", "site:\n  title: Served\n")]);
        var address = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var stop = new CancellationTokenSource();
        var (output, error) = (new StringWriter(), new StringWriter());
        var run = Task.Run(() => ServeCommand.ServeAsync(options, TextWriter.Synchronized(output), TextWriter.Synchronized(error), stop.Token, address.SetResult));
        var started = await Task.WhenAny(address.Task, run).WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(started == address.Task, $"serve did not start: {(run.IsFaulted ? run.Exception : "")} {error}");
        return new Running(address.Task.Result, run, stop, output, error);
    }

    /// <summary>
    /// Fetches the page until it contains the text; false if it never does before the limit, which
    /// is there only so that a broken watcher fails the test rather than hanging it (how fast an
    /// edit is served is measured in bench/, not asserted here).
    /// </summary>
    private async Task<bool> Serves(Uri page, string text, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            if ((await _http.GetStringAsync(page)).Contains(text, StringComparison.Ordinal))
            {
                return true;
            }
            await Task.Delay(20);
        }
        return false;
    }

    [Fact]
    public async Task An_edited_page_is_served_again_and_only_it_is_rendered()
    {
        await using var served = await Start();
        var about = new Uri(served.Address, "about/");
        Assert.Contains("First text.", await _http.GetStringAsync(about), StringComparison.Ordinal);
        Assert.Equal(IPAddress.Loopback.ToString(), served.Address.Host);

        About("Second text.");
        Assert.True(await Serves(about, "Second text.", TimeSpan.FromSeconds(30)), "the edit was never served");
        Assert.Contains("about.md changed: rebuilt in", served.Output.ToString(), StringComparison.Ordinal);
        Assert.Contains("0 of ", served.Output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_build_keeps_the_last_good_site_and_shows_its_errors_to_the_open_pages()
    {
        await using var served = await Start();
        using var events = new StreamReader(await _http.GetStreamAsync(new Uri(served.Address, "_roireport/events")));
        Assert.Contains("\"version\":1,\"error\":null", await NextState(events), StringComparison.Ordinal);

        About("{{< figure stat=\"p55\" >}}");
        var failed = await NextState(events);
        Assert.Contains("about.md:5: shortcode figure: unknown stat \\u0027p55\\u0027", failed, StringComparison.Ordinal);
        Assert.Contains("\"version\":1", failed, StringComparison.Ordinal);
        var page = await _http.GetAsync(new Uri(served.Address, "about/"));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("First text.", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("1 problem in the site's input or theme; the last good site is still served.", served.Error.ToString(), StringComparison.Ordinal);

        About("Fixed.");
        Assert.Contains("\"version\":2,\"error\":null", await NextState(events), StringComparison.Ordinal);
        Assert.Contains("Fixed.", await _http.GetStringAsync(new Uri(served.Address, "about/")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_carry_the_live_reload_script_and_other_files_are_served_as_built()
    {
        await using var served = await Start();
        var home = await _http.GetStringAsync(served.Address);
        Assert.Contains("<script src=\"/_roireport/live.js\" data-version=\"1\" defer></script></body>", home, StringComparison.Ordinal);
        var json = await _http.GetAsync(new Uri(served.Address, "data/benchmarks.json"));
        Assert.Equal("application/json", json.Content.Headers.ContentType!.MediaType);
        Assert.Equal(CliRun.Of("benchmark", "--data", _folder["data"]).Output, await json.Content.ReadAsStringAsync());
        var folder = await new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }).GetAsync(new Uri(served.Address, "about"));
        Assert.Equal(HttpStatusCode.MovedPermanently, folder.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync(new Uri(served.Address, "no/such/page/"))).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await _http.PostAsync(served.Address, null)).StatusCode);
    }

    [ChromiumFact]
    public async Task An_open_page_reloads_itself_after_an_edit_and_shows_a_failed_builds_errors_over_the_last_good_page()
    {
        await using var served = await Start();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.Launch(playwright);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(served.Address, "about/").ToString());
        await page.EvaluateAsync("() => { window.notReloaded = true; }");

        About("Second text.");
        await page.WaitForFunctionAsync("() => document.body.innerText.includes('Second text.')", null, new() { Timeout = 5000 });
        Assert.Null(await page.EvaluateAsync<bool?>("() => window.notReloaded"));

        About("{{< chart \"pie\" >}}");
        var overlay = page.Locator("#roireport-build-error");
        await overlay.WaitForAsync(new() { Timeout = 5000 });
        Assert.Equal("alert", await overlay.GetAttributeAsync("role"));
        Assert.Contains("about.md:5: shortcode chart: unknown chart kind 'pie'", await overlay.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Second text.", await page.InnerTextAsync("main"), StringComparison.Ordinal);

        About("Third text.");
        await page.WaitForFunctionAsync("() => document.body.innerText.includes('Third text.')", null, new() { Timeout = 5000 });
        Assert.Equal(0, await overlay.CountAsync());
    }

    [Fact]
    public void It_listens_on_loopback_unless_told_otherwise()
    {
        var options = new ServeCommand().Read([]);
        Assert.Equal((IPAddress.Parse("127.0.0.1"), 5000), (options.Host, options.Port));
        Assert.Equal(IPAddress.Any, new ServeCommand().Read(["--host", "0.0.0.0"]).Host);
        var run = CliRun.Of("serve", "--host", "example.com");
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("serve: --host 'example.com' is not an IP address", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_port_in_use_is_a_usage_error_that_suggests_another()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var run = CliRun.Of("serve", "--port", $"{port}", "--input", _folder["input"], "--data", _folder["data"], "--theme", Repository.Theme);
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains($"serve: --port {port} is already in use on 127.0.0.1, expected a free port", run.Error, StringComparison.Ordinal);
    }

    private static async Task<string> NextState(StreamReader events)
    {
        while (await events.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10)) is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                return line;
            }
        }
        throw new InvalidOperationException("the event stream ended");
    }
}
