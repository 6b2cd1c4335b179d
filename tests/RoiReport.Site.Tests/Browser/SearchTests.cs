using Microsoft.Playwright;

namespace RoiReport.Site.Tests.Browser;

/// <summary>The search box in the header: typed into in Chromium, answered from the site's own index.</summary>
public sealed class SearchTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    /// <summary>The results shown for a query typed into the page's search box: title and kind, best first.</summary>
    private static async Task<List<(string Title, string Kind)>> Search(IPage page, string query)
    {
        var box = page.GetByRole(AriaRole.Searchbox, new() { Name = "Search" });
        await box.FillAsync(query);
        await page.Locator("form.site-search [role=status]").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("match") }).WaitForAsync();
        var titles = await page.Locator(".search-results li a").AllTextContentsAsync();
        var kinds = await page.Locator(".search-results li .search-kind").AllTextContentsAsync();
        return [.. titles.Zip(kinds)];
    }

    [BrowserFact]
    public async Task Typing_a_group_or_a_post_finds_it_first()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Tools.LaunchChromium(playwright);
        var page = await browser.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        await page.GotoAsync(site.Address + "methodology/");

        var group = await Search(page, "professional services 250");
        Assert.NotEmpty(group);
        Assert.Equal("Peer group", group[0].Kind);
        Assert.Contains("Professional services", group[0].Title, StringComparison.Ordinal);
        Assert.Contains("250+", group[0].Title, StringComparison.Ordinal);

        var post = await Search(page, "second wave");
        Assert.Equal(("Post", true), (post[0].Kind, post[0].Title.StartsWith("Second wave", StringComparison.Ordinal)));

        var industry = await Search(page, "Hospitality");
        Assert.True(industry.Count >= 3);
        Assert.All(industry, r => Assert.Contains("Hospitality", r.Title, StringComparison.Ordinal));

        Assert.Empty(await Search(page, "likes followers vanity zzz"));
        Assert.Equal("No page matches.", await page.Locator("form.site-search [role=status]").TextContentAsync());

        await Search(page, "second wave");
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search" }).PressAsync("Enter");
        await page.WaitForURLAsync("**/posts/2025-11-17-second-wave/");
        Assert.All(requests, url => Assert.StartsWith(site.Address, url, StringComparison.Ordinal));
        Assert.Single(requests, url => url.EndsWith("search-index.json", StringComparison.Ordinal));
        await page.ScreenshotAsync(new() { Path = Path.Combine(Demo.Inspection("screenshots"), "search-after.png") });
    }

    [BrowserFact]
    public async Task Results_are_links_a_keyboard_reaches_and_Escape_closes()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Tools.LaunchChromium(playwright);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 375, Height = 800 } });
        await page.GotoAsync(site.Address);
        await Search(page, "software");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Demo.Inspection("screenshots"), "search-375.png") });
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("A", await page.EvaluateAsync<string>("() => document.activeElement.tagName"));
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.closest('.search-results') !== null"));
        await page.Keyboard.PressAsync("Escape");
        Assert.True(await page.Locator(".search-results").IsHiddenAsync());
    }

    [BrowserFact]
    public async Task From_a_file_the_box_says_that_search_needs_a_server()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Tools.LaunchChromium(playwright);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(site.Folder, "index.html")).AbsoluteUri);
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search" }).FillAsync("software");
        await page.Locator("form.site-search [role=status]").Filter(new() { HasTextString = "served" }).WaitForAsync();
    }
}
