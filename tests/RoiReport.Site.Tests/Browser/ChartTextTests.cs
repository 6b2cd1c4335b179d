using Microsoft.Playwright;

namespace RoiReport.Site.Tests.Browser;

/// <summary>
/// Every text of every chart a reader sees, measured in Chromium: inside its drawing, clear of the
/// others, and on a phone drawn at about 10 px or more. On the pages with the longest labels the
/// demonstration has, at 320, 375 and 1280 px.
/// </summary>
public sealed class ChartTextTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    private static readonly string[] Pages =
    [
        .. Demo.ReadingPages,
        "embed/" + Demo.LongestGroupPage(2025).Replace("benchmarks/", "sm-vs-other-", StringComparison.Ordinal).Replace('/', '-').TrimEnd('-') + "/",
    ];

    /// <summary>For each visible chart text: what is wrong with it, if anything.</summary>
    private const string Measure = """
        (phone) => {
          const problems = [];
          const svgs = [...document.querySelectorAll('svg.chart-svg')].filter(svg => svg.getClientRects().length > 0);
          for (const svg of svgs) {
            const [, , w, h] = svg.getAttribute('viewBox').split(' ').map(Number);
            const scale = svg.getBoundingClientRect().width / w;
            const texts = [...svg.querySelectorAll('text')].filter(t => t.textContent.trim().length > 0);
            // Each text's box in the drawing's own units: its local box through its transforms.
            const toDrawing = svg.getScreenCTM().inverse();
            const boxes = texts.map(t => {
              const b = t.getBBox();
              const m = toDrawing.multiply(t.getScreenCTM());
              const corners = [[b.x, b.y], [b.x + b.width, b.y], [b.x, b.y + b.height], [b.x + b.width, b.y + b.height]]
                .map(([x, y]) => new DOMPoint(x, y).matrixTransform(m));
              const xs = corners.map(p => p.x), ys = corners.map(p => p.y);
              const box = { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
              return { text: t.textContent.trim(), box, size: parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b) };
            });
            const where = svg.closest('[id]')?.id ?? '?';
            for (const { text, box, size } of boxes) {
              if (box.x < -0.5 || box.y < -0.5 || box.x + box.width > w + 0.5 || box.y + box.height > h + 0.5) {
                problems.push(`${where}: '${text}' is clipped (${box.x.toFixed(1)}, ${box.y.toFixed(1)}, ${box.width.toFixed(1)} × ${box.height.toFixed(1)} in ${w} × ${h})`);
              }
              if (phone && size * scale < 9.5) {
                problems.push(`${where}: '${text}' is drawn at ${(size * scale).toFixed(1)} px`);
              }
            }
            for (let i = 0; i < boxes.length; i++) {
              for (let j = i + 1; j < boxes.length; j++) {
                const a = boxes[i].box, b = boxes[j].box;
                const across = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
                const down = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
                if (across > 1 && down > 1) {
                  problems.push(`${where}: '${boxes[i].text}' overlaps '${boxes[j].text}'`);
                }
              }
            }
          }
          return { checked: svgs.length, problems };
        }
        """;

    [BrowserFact]
    public async Task Every_chart_text_is_whole_apart_and_readable_at_every_width()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Tools.LaunchChromium(playwright);
        var problems = new List<string>();
        foreach (var path in Pages)
        {
            foreach (var width in new[] { 320, 375, 1280 })
            {
                var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
                var response = await page.GotoAsync(site.Address + path);
                Assert.True(response is { Ok: true }, $"/{path}: {response?.Status}");
                var result = await page.EvaluateAsync<PageCheck>(Measure, width < 600);
                if (result.Checked == 0)
                {
                    problems.Add($"/{path} at {width} px: no chart shown");
                }
                problems.AddRange(result.Problems.Select(p => $"/{path} at {width} px: {p}"));
                if (path == Demo.LongestGroupPage(2025) || path.Length == 0)
                {
                    await page.ScreenshotAsync(new() { Path = Path.Combine(Demo.Inspection("screenshots"), $"charts-{(path.Length == 0 ? "home" : "longest-group")}-{width}.png"), FullPage = true });
                }
                await page.CloseAsync();
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct().Take(60)));
    }
}
