using System.Globalization;
using Microsoft.Playwright;
using RoiReport.Core.Comparison;
using RoiReport.Core.Contract;
using RoiReport.Core.Survey;

namespace RoiReport.Site.Tests.Browser;

/// <summary>
/// The /compare/ calculator in Chromium: for several firms it must give the percentile the command
/// line's comparison gives (PeerComparison, which roireport compare runs) from the same
/// benchmarks.json, and send nothing once the page has loaded.
/// </summary>
public sealed class CalculatorTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    private sealed record Firm(string Segment, string? Industry, string? Employees, double Sales, double Costs, double Hours, (double Sales, double Costs, double Hours)? Other = null);

    private static IEnumerable<Firm> Firms()
    {
        var report = Demo.Report;
        var suppressed = report.Groups.First(g => g.Suppressed && g.Key is { Year: 2025, Level: 3 }).Key;
        var median = report.Groups.First(g => g.Key is { Year: 2025, Segment: "B2C", Industry: null, Employees: null }).HourlyReturn!.P50!.Value;
        return
        [
            new("B2B", "Software", null, 50_000, 5_000, 900),
            new("B2C", null, null, 100, 5_000, 10),
            new("B2B", null, "10-49", 2_000_000, 100, 100),
            new(suppressed.Segment!, suppressed.Industry, suppressed.Employees, 12_000, 2_000, 400),
            new("B2C", "Retail", "1-9", 9_000, 1_000, 320, (20_000, 1_000, 300)),
            new("B2B", "Manufacturing", "250+", 4_000, 3_900, 10),
            new("B2C", null, null, median * 100, 0, 100),
        ];
    }

    [BrowserFact]
    public async Task Gives_the_command_lines_answer_and_sends_nothing_after_loading()
    {
        using var stream = File.OpenRead(Path.Combine(site.Folder, "data", "benchmarks.json"));
        var report = BenchmarkJsonReader.Read(stream);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Tools.LaunchChromium(playwright);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        await page.GotoAsync(site.Address + "compare/", new() { WaitUntil = WaitUntilState.NetworkIdle });
        var afterLoad = new List<string>();
        page.Request += (_, request) => afterLoad.Add(request.Url);

        var mismatches = new List<string>();
        foreach (var firm in Firms())
        {
            await page.SelectOptionAsync("select[name=segment]", firm.Segment);
            await page.SelectOptionAsync("select[name=industry]", firm.Industry ?? "");
            await page.SelectOptionAsync("select[name=employees]", firm.Employees ?? "");
            await page.FillAsync("input[name=sm_sales]", Text(firm.Sales));
            await page.FillAsync("input[name=sm_direct_costs]", Text(firm.Costs));
            await page.FillAsync("input[name=sm_hours]", Text(firm.Hours));
            await page.FillAsync("input[name=other_sales]", firm.Other is { } o1 ? Text(o1.Sales) : "");
            await page.FillAsync("input[name=other_direct_costs]", firm.Other is { } o2 ? Text(o2.Costs) : "");
            await page.FillAsync("input[name=other_hours]", firm.Other is { } o3 ? Text(o3.Hours) : "");
            await page.ClickAsync("button[type=submit]");
            var shown = await page.GetAttributeAsync("[data-percentile]", "data-percentile");
            if (!await page.IsVisibleAsync("#compare-result") || !await page.IsVisibleAsync("#compare-output svg"))
            {
                mismatches.Add($"{firm}: the result is not shown");
            }

            var expected = PeerComparison.Compare(report, new FirmFigures(
                firm.Segment == "B2B" ? Segment.B2B : Segment.B2C, firm.Industry, firm.Employees, null,
                new ChannelInput(firm.Hours, firm.Sales, firm.Costs),
                firm.Other is { } o ? new ChannelInput(o.Hours, o.Sales, o.Costs) : null)).Percentile;
            var expectedText = expected.Percentile is { } p ? p.ToString(CultureInfo.InvariantCulture) : $"{expected.Bound} {expected.Quantile}";
            if (shown != expectedText)
            {
                mismatches.Add($"{firm}: page {shown}, command line {expectedText}");
            }
        }
        await page.ScreenshotAsync(new() { Path = Path.Combine(Demo.Inspection("screenshots"), "compare-phone.png"), FullPage = true });
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
        Assert.True(afterLoad.Count == 0, "requests after the page loaded: " + string.Join(", ", afterLoad));
    }

    [BrowserFact]
    public async Task Announces_mistakes_and_passes_axe_with_a_result_shown()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Tools.LaunchChromium(playwright);
        var violations = new List<string>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            var page = await browser.NewPageAsync(new() { ColorScheme = scheme });
            var console = new List<string>();
            page.Console += (_, message) => console.Add(message.Text);
            page.PageError += (_, error) => console.Add(error);
            await page.GotoAsync(site.Address + "compare/", new() { WaitUntil = WaitUntilState.NetworkIdle });
            await page.FillAsync("input[name=sm_sales]", "1000");
            await page.FillAsync("input[name=sm_hours]", "0");
            await page.ClickAsync("button[type=submit]");
            Assert.Equal("alert", await page.GetAttributeAsync("#compare-errors", "role"));
            Assert.Contains("required", await page.InnerTextAsync("#compare-errors"), StringComparison.Ordinal);
            Assert.Contains("expected more than 0", await page.InnerTextAsync("#compare-errors"), StringComparison.Ordinal);
            Assert.Equal("true", await page.GetAttributeAsync("input[name=sm_hours]", "aria-invalid"));

            await page.FillAsync("input[name=sm_direct_costs]", "100");
            await page.FillAsync("input[name=sm_hours]", "40");
            await page.ClickAsync("button[type=submit]");
            Assert.True(await page.IsVisibleAsync("#compare-output svg"), "no chart; the console says: " + string.Join("\n", console));
            await page.AddScriptTagAsync(new() { Path = Tools.AxeScript });
            var found = await page.EvaluateAsync<string[]>(Tools.AxeSeriousViolations);
            violations.AddRange(found.Select(v => $"[{scheme}] {v}"));
            await page.ScreenshotAsync(new() { Path = Path.Combine(Demo.Inspection("screenshots"), $"compare-{scheme}.png".ToLowerInvariant()), FullPage = true });
        }
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    [BrowserFact]
    public async Task A_firm_far_outside_its_peers_gets_an_arrow_and_the_labels_stay_apart()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Tools.LaunchChromium(playwright);
        var problems = new List<string>();
        foreach (var width in new[] { 320, 1280 })
        {
            var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
            await page.GotoAsync(site.Address + "compare/", new() { WaitUntil = WaitUntilState.NetworkIdle });
            foreach (var (sales, costs, hours, beyond) in new[] { (2_000_000.0, 100.0, 100.0, true), (100.0, 5_000_000.0, 100.0, true), (1_500.0, 100.0, 100.0, false) })
            {
                await page.SelectOptionAsync("select[name=segment]", "B2B");
                await page.FillAsync("input[name=sm_sales]", Text(sales));
                await page.FillAsync("input[name=sm_direct_costs]", Text(costs));
                await page.FillAsync("input[name=sm_hours]", Text(hours));
                await page.ClickAsync("button[type=submit]");
                var found = await page.EvaluateAsync<string[]>("""
                    () => {
                      const svg = document.querySelector('#compare-chart svg');
                      const problems = [];
                      const [, , w, h] = svg.getAttribute('viewBox').split(' ').map(Number);
                      const scale = svg.getBoundingClientRect().width / w;
                      const texts = [...svg.querySelectorAll('text')].map(t => ({ text: t.textContent, box: t.getBBox(), size: parseFloat(getComputedStyle(t).fontSize) * scale }));
                      for (const t of texts) {
                        if (t.box.x < 0 || t.box.y < 0 || t.box.x + t.box.width > w || t.box.y + t.box.height > h) problems.push(`'${t.text}' is clipped`);
                        if (t.size < 9.5) problems.push(`'${t.text}' is drawn at ${t.size.toFixed(1)} px`);
                      }
                      for (let i = 0; i < texts.length; i++) for (let j = i + 1; j < texts.length; j++) {
                        const a = texts[i].box, b = texts[j].box;
                        if (Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 1 && Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 1)
                          problems.push(`'${texts[i].text}' overlaps '${texts[j].text}'`);
                      }
                      for (const zero of svg.querySelectorAll('line[stroke-dasharray]')) {
                        const z = zero.getBBox();
                        for (const t of texts) {
                          if (z.x > t.box.x && z.x < t.box.x + t.box.width && Math.min(z.y + z.height, t.box.y + t.box.height) > Math.max(z.y, t.box.y))
                            problems.push(`the zero line runs through '${t.text}'`);
                        }
                      }
                      const box = svg.querySelector('rect.box').getBBox();
                      if (box.width < w / 5) problems.push(`the peers' box is squashed to ${box.width.toFixed(0)} of ${w}`);
                      problems.push(svg.querySelector('.beyond') ? 'arrow' : 'no arrow');
                      return problems;
                    }
                    """);
                var arrow = found[^1] == "arrow";
                if (arrow != beyond)
                {
                    problems.Add($"{width} px, {sales}/{costs}/{hours}: {(beyond ? "no arrow for a firm far outside" : "an arrow for a firm among its peers")}");
                }
                problems.AddRange(found[..^1].Select(p => $"{width} px, {sales}/{costs}/{hours}: {p}"));
                await page.Locator("#compare-chart").ScreenshotAsync(new() { Path = Path.Combine(Demo.Inspection("screenshots"), $"compare-chart-{width}-{sales}-{costs}.png") });
            }
            await page.CloseAsync();
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
