using System.Text.Json;
using Microsoft.Playwright;
using RoiReport.Core.Benchmarks;
using RoiReport.Site.Pages;

namespace RoiReport.Site.Tests.Browser;

/// <summary>The built site in headless Chromium: no console error, every chart drawn, nothing fetched from elsewhere, and axe-core's accessibility rules.</summary>
public sealed class BrowserTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    private static string GroupPage(Func<GroupBenchmark, bool> which) =>
        new GroupAddresses(Demo.Report)[Demo.Report.Groups.First(which).Key].Path;

    private static readonly string[] Pages =
    [
        "",
        "benchmarks/",
        "benchmarks/2025/",
        GroupPage(g => g.Key is { Year: 2025, Segment: "B2B", Industry: null, Employees: null }),
        GroupPage(g => g.Key is { Year: 2025, Level: 3 } && !g.Suppressed),
        GroupPage(g => g.Suppressed),
        "methodology/",
        "posts/",
        "posts/2025-11-17-second-wave/",
        "compare/",
        "no-such-page/",
    ];

    [BrowserFact]
    public async Task Every_page_loads_without_errors_and_draws_its_charts()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Tools.LaunchChromium(playwright);
        var problems = new List<string>();
        foreach (var path in Pages)
        {
            var page = await browser.NewPageAsync();
            page.Console += (_, message) =>
            {
                if (message.Type == "error" && !(path == "no-such-page/" && message.Text.Contains("404", StringComparison.Ordinal)))
                {
                    problems.Add($"/{path}: console: {message.Text}");
                }
            };
            page.PageError += (_, error) => problems.Add($"/{path}: page error: {error}");
            page.RequestFailed += (_, request) => problems.Add($"/{path}: request failed: {request.Url}");
            page.Request += (_, request) =>
            {
                if (!request.Url.StartsWith(site.Address, StringComparison.Ordinal))
                {
                    problems.Add($"/{path}: request outside the site: {request.Url}");
                }
            };
            page.Response += (_, response) =>
            {
                if (response.Status >= 400 && response.Url != site.Address + path)
                {
                    problems.Add($"/{path}: {response.Status} for {response.Url}");
                }
            };

            await page.GotoAsync(site.Address + path, new() { WaitUntil = WaitUntilState.NetworkIdle });
            var charts = await page.EvaluateAsync<JsonElement>(
                // Each chart shows one of its two drawings, the one that suits its width.
                "() => [...document.querySelectorAll('.chart')].map(c => { const shown = [...c.querySelectorAll('.chart-svg')].filter(s => s.getClientRects().length > 0); const r = shown.length === 1 ? shown[0].getBoundingClientRect() : { width: 0, height: 0 }; return [c.id, r.width, r.height]; })");
            foreach (var chart in charts.EnumerateArray())
            {
                if (chart[1].GetDouble() < 100 || chart[2].GetDouble() < 50)
                {
                    problems.Add($"/{path}: chart {chart[0]} is not drawn ({chart[1]} × {chart[2]})");
                }
                foreach (var extension in new[] { "png", "svg" })
                {
                    var file = await page.APIRequest.GetAsync($"{site.Address}charts/{chart[0].GetString()}.{extension}");
                    if (!file.Ok)
                    {
                        problems.Add($"/{path}: charts/{chart[0]}.{extension} answers {file.Status}");
                    }
                }
            }
            var images = await page.EvaluateAsync<int>("() => [...document.images].filter(i => !i.complete || i.naturalWidth === 0).length");
            if (images > 0)
            {
                problems.Add($"/{path}: {images} images did not load");
            }
            await page.CloseAsync();
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [BrowserFact]
    public async Task Axe_finds_no_serious_or_critical_violation_in_light_or_dark_mode_on_a_desktop_or_a_phone()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Tools.LaunchChromium(playwright);
        var violations = new List<string>();
        var folder = Demo.Inspection("screenshots");
        string[] pages = ["", GroupPage(g => g.Key is { Year: 2025, Segment: "B2B", Industry: "Software", Employees: null }), "methodology/"];
        foreach (var (scheme, width) in new[] { (ColorScheme.Light, 1280), (ColorScheme.Dark, 1280), (ColorScheme.Light, 320), (ColorScheme.Dark, 320) })
        {
            foreach (var path in pages)
            {
                var page = await browser.NewPageAsync(new() { ColorScheme = scheme, ViewportSize = new() { Width = width, Height = 900 } });
                await page.GotoAsync(site.Address + path, new() { WaitUntil = WaitUntilState.NetworkIdle });
                await page.AddScriptTagAsync(new() { Path = Tools.AxeScript });
                var found = await page.EvaluateAsync<string[]>(Tools.AxeSeriousViolations);
                violations.AddRange(found.Select(v => $"/{path} [{scheme}, {width} px]: {v}"));
                await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{(path.Length == 0 ? "home" : path.Trim('/').Replace('/', '_'))}-{scheme}-{width}.png".ToLowerInvariant()), FullPage = true });
                await page.CloseAsync();
            }
        }
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [BrowserFact]
    public async Task A_phone_sized_screen_scrolls_tables_not_the_page_and_keeps_their_captions_and_row_names_in_view()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Tools.LaunchChromium(playwright);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 320, Height = 800 } });
        await page.GotoAsync(site.Address + GroupPage(g => g.Key is { Year: 2025, Segment: "B2C", Industry: null, Employees: null }));
        var overflow = await page.EvaluateAsync<double>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Demo.Inspection("screenshots"), "group-phone.png"), FullPage = true });
        Assert.Equal(0, overflow);

        // A caption is read before the table is scrolled: it wraps within the scroll box, and stays in
        // view while the table scrolls, as does the row header that names each row where there is one.
        const string ScrolledTables = """
            () => [...document.querySelectorAll('.table-scroll')].filter(box => box.scrollWidth > box.clientWidth).flatMap(box => {
              const problems = [];
              const inside = (element, when) => {
                const b = box.getBoundingClientRect(), e = element.getBoundingClientRect();
                if (e.left < b.left - 1 || e.right > b.right + 1) problems.push(`'${element.textContent.trim()}' runs out of its scroll box ${when}`);
              };
              const caption = box.querySelector('caption');
              const names = box.querySelector('tbody th[scope="row"]') ? [...box.querySelectorAll('tr')].map(row => row.cells[0]) : [];
              caption && inside(caption, 'before scrolling');
              box.scrollLeft = box.scrollWidth;
              caption && inside(caption, 'once scrolled');
              names.forEach(name => inside(name, 'once scrolled'));
              box.scrollLeft = 0;
              return problems;
            })
            """;
        Assert.True(await page.EvaluateAsync<int>("() => [...document.querySelectorAll('.table-scroll')].filter(box => box.scrollWidth > box.clientWidth && box.querySelector('caption')).length") > 0,
            "no table with a caption scrolls at 320 px");
        Assert.Empty(await page.EvaluateAsync<string[]>(ScrolledTables));
    }
}
