using Microsoft.Playwright;
using RoiReport.Site.Charts;
using RoiReport.Site.Pages;

namespace RoiReport.Site.Tests.Browser;

/// <summary>A blog on another origin pastes a snippet copied from the site, and the chart shows there.</summary>
public sealed class EmbedTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    [BrowserFact]
    public async Task A_snippet_pasted_into_another_sites_page_shows_the_chart()
    {
        var group = new GroupAddresses(Demo.Report)[Demo.Report.Groups.First(g => g.Key is { Year: 2025, Segment: "B2B", Industry: "Software", Employees: null }).Key];
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Tools.LaunchChromium(playwright);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(site.Address + group.Path);
        var frame = await page.Locator("pre[data-embed-code=iframe]").First.TextContentAsync();
        var image = await page.Locator("pre[data-embed-code=img]").First.TextContentAsync();
        Assert.StartsWith("<iframe src=\"https://roireport.example/embed/distribution-2025-b2b-software-all/\" title=\"Social-media hourly return: B2B", frame, StringComparison.Ordinal);

        // The site is "published" at the test server's address instead of its base_url.
        var blogFolder = Directory.CreateTempSubdirectory("roireport-blog-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(blogFolder, "index.html"),
                "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>A blog</title></head><body><h1>My post</h1>" +
                frame!.Replace("https://roireport.example/", site.Address, StringComparison.Ordinal) +
                image!.Replace("https://roireport.example/", site.Address, StringComparison.Ordinal) + "</body></html>");
            using var blog = new StaticServer(blogFolder);
            Assert.NotEqual(new Uri(blog.Address).Port, new Uri(site.Address).Port);

            var post = await browser.NewPageAsync();
            var errors = new List<string>();
            post.Console += (_, message) => { if (message.Type == "error") { errors.Add(message.Text); } };
            await post.GotoAsync(blog.Address, new() { WaitUntil = WaitUntilState.NetworkIdle });
            var chart = post.FrameLocator("iframe").Locator(".chart-svg:visible");
            await chart.WaitForAsync();
            var box = await chart.BoundingBoxAsync();
            Assert.True(box is { Width: > 300, Height: > 150 }, $"the framed chart is {box?.Width} × {box?.Height}");
            // A 2× PNG, shown at the SVG's size.
            Assert.True(await post.EvaluateAsync<bool>($"() => document.images[0].complete && document.images[0].naturalWidth === {ChartStyle.PngWidth}"));
            Assert.Equal($"{ChartStyle.Width}", await post.EvaluateAsync<string>("() => document.images[0].getAttribute('width')"));
            Assert.True(errors.Count == 0, string.Join("\n", errors));
            await post.ScreenshotAsync(new() { Path = Path.Combine(Demo.Inspection("screenshots"), "embedded-in-a-blog.png"), FullPage = true });
        }
        finally
        {
            Directory.Delete(blogFolder, recursive: true);
        }
    }

    private string GroupPath => new GroupAddresses(Demo.Report)[Demo.Report.Groups.First(g => g.Key is { Year: 2025, Segment: "B2B", Industry: "Software", Employees: null }).Key].Path;

    /// <summary>The iframe snippet of the group page's first chart, pointing at the test server.</summary>
    private async Task<string> FrameSnippet(IBrowser browser)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(site.Address + GroupPath);
        var frame = await page.Locator("pre[data-embed-code=iframe]").First.TextContentAsync();
        await page.CloseAsync();
        return frame!.Replace("https://roireport.example/", site.Address, StringComparison.Ordinal);
    }

    /// <summary>A blog page on another origin holding <paramref name="body"/>, served while <paramref name="test"/> runs.</summary>
    private static async Task OnABlog(string body, Func<string, Task> test)
    {
        var blogFolder = Directory.CreateTempSubdirectory("roireport-blog-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(blogFolder, "index.html"),
                "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>A blog</title>"
                + "<style>body { margin: 8px; }</style></head><body><h1>My post</h1>" + body + "<p>After the chart.</p></body></html>");
            using var blog = new StaticServer(blogFolder);
            await test(blog.Address);
        }
        finally
        {
            Directory.Delete(blogFolder, recursive: true);
        }
    }

    [BrowserFact]
    public async Task A_pasted_frame_is_as_tall_as_its_content_at_every_width_and_follows_a_rotation()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Tools.LaunchChromium(playwright);
        var snippet = await FrameSnippet(browser);
        await OnABlog(snippet, async address =>
        {
            var post = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
            await post.GotoAsync(address, new() { WaitUntil = WaitUntilState.NetworkIdle });
            foreach (var width in new[] { 1280, 320, 375 })
            {
                await post.SetViewportSizeAsync(width, 800);
                var (frameHeight, contentHeight) = await Fitted(post);
                Assert.True(Math.Abs(frameHeight - contentHeight) <= 1, $"at {width} px the frame is {frameHeight} px for {contentHeight} px of content");
                await post.ScreenshotAsync(new() { Path = Path.Combine(Demo.Inspection("screenshots"), $"embed-sized-{width}.png"), FullPage = true });
            }
        });
    }

    /// <summary>The frame's height once it has settled, and the height of the page inside it.</summary>
    private static async Task<(double Frame, double Content)> Fitted(IPage post)
    {
        await post.WaitForFunctionAsync("""
            () => new Promise(done => {
              const frame = document.querySelector('iframe');
              let last = -1, steady = 0;
              const tick = () => {
                const h = frame.getBoundingClientRect().height;
                steady = h === last ? steady + 1 : 0;
                last = h;
                steady >= 5 ? done(true) : setTimeout(tick, 50);
              };
              tick();
            })
            """);
        var frameHeight = await post.EvaluateAsync<double>("() => document.querySelector('iframe').getBoundingClientRect().height");
        var contentHeight = await post.FrameLocator("iframe").Locator("html").EvaluateAsync<double>("html => html.getBoundingClientRect().height");
        var scrolls = await post.FrameLocator("iframe").Locator("html").EvaluateAsync<bool>("html => html.scrollHeight > html.clientHeight + 1");
        Assert.False(scrolls, "the framed page scrolls");
        return (frameHeight, contentHeight);
    }

    [BrowserFact]
    public async Task Without_its_script_the_frame_still_shows_the_whole_chart_at_desktop_width()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Tools.LaunchChromium(playwright);
        var snippet = await FrameSnippet(browser);
        var stripped = System.Text.RegularExpressions.Regex.Replace(snippet, "<script>.*?</script>", "");
        Assert.NotEqual(snippet, stripped);
        await OnABlog(stripped, async address =>
        {
            var post = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
            await post.GotoAsync(address, new() { WaitUntil = WaitUntilState.NetworkIdle });
            var frameHeight = await post.EvaluateAsync<double>("() => document.querySelector('iframe').getBoundingClientRect().height");
            Assert.Equal(PageModels.EmbedFallbackHeight, frameHeight);
            var contentHeight = await post.FrameLocator("iframe").Locator("html").EvaluateAsync<double>("html => html.scrollHeight");
            Assert.True(contentHeight <= frameHeight, $"{contentHeight} px of content in a {frameHeight} px frame");
        });
    }

    [BrowserFact]
    public async Task An_embed_takes_the_theme_its_address_asks_for_whatever_the_readers_setting()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Tools.LaunchChromium(playwright);
        var embed = site.Address + "embed/distribution-2025-b2b-software-all/";
        foreach (var (scheme, theme, background) in new[] { (ColorScheme.Light, "dark", "rgb(21, 22, 26)"), (ColorScheme.Dark, "light", "rgb(255, 255, 255)"), (ColorScheme.Dark, "", "rgb(21, 22, 26)") })
        {
            var page = await browser.NewPageAsync(new() { ColorScheme = scheme });
            await page.GotoAsync(theme.Length == 0 ? embed : $"{embed}?theme={theme}");
            Assert.Equal(background, await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
            await page.ScreenshotAsync(new() { Path = Path.Combine(Demo.Inspection("screenshots"), $"embed-{scheme}-theme-{(theme.Length == 0 ? "reader" : theme)}.png") });
            await page.CloseAsync();
        }
    }
}
