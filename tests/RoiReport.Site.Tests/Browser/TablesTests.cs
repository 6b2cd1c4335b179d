using Microsoft.Playwright;

namespace RoiReport.Site.Tests.Browser;

/// <summary>The figures tables and a wave's list of groups: sortable from the keyboard, readable without script, and not hidden in a scroll box on a desktop.</summary>
public sealed class TablesTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    private static string LongestGroupPage => Demo.LongestGroupPage(2025);

    [BrowserFact]
    public async Task A_wave_page_sorts_its_groups_by_any_column_from_the_keyboard()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Tools.LaunchChromium(playwright);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(site.Address + "benchmarks/2025/");
        var median = page.Locator("table.groups thead th").Last;
        await median.Locator("button").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("ascending", await median.GetAttributeAsync("aria-sort"));
        var ascending = await Medians(page);
        Assert.Equal(ascending.Where(v => v is not null).Order(), ascending.Where(v => v is not null));
        Assert.All(ascending.SkipWhile(v => v is not null), v => Assert.Null(v));

        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("descending", await median.GetAttributeAsync("aria-sort"));
        var descending = await Medians(page);
        Assert.Equal(descending.Where(v => v is not null).OrderDescending(), descending.Where(v => v is not null));
        Assert.All(descending.SkipWhile(v => v is not null), v => Assert.Null(v));

        var industry = page.Locator("table.groups thead th").Nth(1);
        await industry.Locator("button").ClickAsync();
        Assert.Equal("ascending", await industry.GetAttributeAsync("aria-sort"));
        Assert.Null(await median.GetAttributeAsync("aria-sort"));
        var industries = await page.Locator("table.groups tbody tr td:nth-child(2)").AllTextContentsAsync();
        Assert.Equal(industries.Order(StringComparer.Create(System.Globalization.CultureInfo.InvariantCulture, ignoreCase: true)), industries);
    }

    /// <summary>The medians of the wave's table in the order shown, null where a group is withheld.</summary>
    private static async Task<List<double?>> Medians(IPage page) =>
        [.. (await page.Locator("table.groups tbody tr td:last-child").AllTextContentsAsync())
            .Select(t => t.Trim())
            .Select(t => t.StartsWith("too few", StringComparison.Ordinal) ? (double?)null
                : Amount(t))];

    /// <summary>A figure as a page shows it ("−⁠$1,204.50") as a number.</summary>
    private static double Amount(string text) =>
        double.Parse(new string([.. text.Replace("\u2212", "-", StringComparison.Ordinal).Where(c => char.IsAsciiDigit(c) || c is '-' or '.')]), System.Globalization.CultureInfo.InvariantCulture);

    [BrowserFact]
    public async Task A_figures_table_sorts_numbers_with_their_signs()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Tools.LaunchChromium(playwright);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(site.Address);
        var table = page.Locator(".chart table.figures").First;
        var p10 = table.Locator("thead th").Nth(2);
        await p10.Locator("button").ClickAsync();
        var values = (await table.Locator("tbody tr td:nth-child(3)").AllTextContentsAsync())
            .Select(Amount).ToList();
        Assert.True(values.Count > 1);
        Assert.Equal(values.Order(), values);
        Assert.Contains(values, v => v < 0);
    }

    [BrowserFact]
    public async Task Without_script_the_tables_read_in_their_published_order()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Tools.LaunchChromium(playwright);
        var context = await browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Address + "benchmarks/2025/");
        Assert.Equal(0, await page.Locator("th button").CountAsync());
        var shown = await page.Locator("table.groups tbody tr td:nth-child(1)").AllTextContentsAsync();
        var html = await File.ReadAllTextAsync(Path.Combine(site.Folder, "benchmarks", "2025", "index.html"));
        var published = System.Text.RegularExpressions.Regex.Matches(html, "<tr><td>([^<]*)</td>").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.Equal(published, shown);
    }

    [BrowserFact]
    public async Task From_1000_px_no_table_hides_a_column_and_on_a_phone_only_the_table_scrolls()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Tools.LaunchChromium(playwright);
        var problems = new List<string>();
        foreach (var path in new[] { "", "benchmarks/2025/", LongestGroupPage, "posts/2025-11-17-second-wave/", "methodology/" })
        {
            foreach (var width in new[] { 1000, 1280, 375 })
            {
                var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
                await page.GotoAsync(site.Address + path);
                var hidden = await page.EvaluateAsync<string[]>("""
                    () => [...document.querySelectorAll('.table-scroll')]
                      .filter(box => box.scrollWidth > box.clientWidth + 1)
                      .map(box => `${box.getAttribute('aria-label')}: ${box.scrollWidth} px in ${box.clientWidth} px`)
                    """);
                if (width >= 1000)
                {
                    problems.AddRange(hidden.Select(h => $"/{path} at {width} px: {h}"));
                }
                var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
                if (overflow > 0)
                {
                    problems.Add($"/{path} at {width} px: the page is {overflow} px wider than the window");
                }
                if (path == LongestGroupPage)
                {
                    await page.ScreenshotAsync(new() { Path = Path.Combine(Demo.Inspection("screenshots"), $"tables-longest-group-{width}.png"), FullPage = true });
                }
                await page.CloseAsync();
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
