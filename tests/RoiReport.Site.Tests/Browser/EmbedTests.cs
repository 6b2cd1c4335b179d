using Microsoft.Playwright;
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
            var chart = post.FrameLocator("iframe").Locator(".chart-svg");
            await chart.WaitForAsync();
            var box = await chart.BoundingBoxAsync();
            Assert.True(box is { Width: > 300, Height: > 150 }, $"the framed chart is {box?.Width} × {box?.Height}");
            Assert.True(await post.EvaluateAsync<bool>("() => document.images[0].complete && document.images[0].naturalWidth === 1200"));
            Assert.True(errors.Count == 0, string.Join("\n", errors));
            await post.ScreenshotAsync(new() { Path = Path.Combine(Demo.Inspection("screenshots"), "embedded-in-a-blog.png"), FullPage = true });
        }
        finally
        {
            Directory.Delete(blogFolder, recursive: true);
        }
    }
}
