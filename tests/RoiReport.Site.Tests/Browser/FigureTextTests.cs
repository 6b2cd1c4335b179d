using Microsoft.Playwright;

namespace RoiReport.Site.Tests.Browser;

/// <summary>
/// A figure in the text never breaks between its minus sign and its number ("between −" at the end
/// of one line and "$0.81" on the next). Each negative figure on a page is set again, with its
/// element's white-space, in a box of no width, where every break the browser allows is taken; its
/// minus sign and first digit must stay on one line. So every figure is checked, not only those that
/// happen to fall at the end of a line at some width.
/// </summary>
public sealed class FigureTextTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    private static readonly string[] Pages = [.. Demo.ReadingPages, "methodology/"];

    private const string Measure = """
        () => {
          const probe = document.createElement('div');
          probe.style.cssText = 'position: absolute; left: 0; top: 0; width: 0; visibility: hidden';
          document.body.append(probe);
          const problems = [];
          let figures = 0;
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const element = node.parentElement;
            if (!element || element === probe || element.closest('script, style, svg, template, pre, code, textarea')) {
              continue;
            }
            for (const match of node.textContent.matchAll(/\u2212\D{0,5}?\d/g)) {
              figures++;
              probe.style.whiteSpace = getComputedStyle(element).whiteSpace;
              probe.textContent = match[0];
              const text = probe.firstChild;
              const range = document.createRange();
              range.setStart(text, 0);
              range.setEnd(text, 1);
              const minus = range.getBoundingClientRect();
              range.setStart(text, match[0].length - 1);
              range.setEnd(text, match[0].length);
              const digit = range.getBoundingClientRect();
              if (Math.abs(minus.top - digit.top) > 1) {
                problems.push(`'${match[0]}' can break after its minus sign, in '${node.textContent.trim().slice(0, 90)}'`);
              }
            }
          }
          probe.remove();
          return { checked: figures, problems };
        }
        """;

    [BrowserFact]
    public async Task No_negative_figure_breaks_after_its_minus_sign()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Tools.LaunchChromium(playwright);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 320, Height = 900 } });
        var problems = new List<string>();
        var figures = 0;
        foreach (var path in Pages)
        {
            var response = await page.GotoAsync(site.Address + path);
            Assert.True(response is { Ok: true }, $"/{path}: {response?.Status}");
            var result = await page.EvaluateAsync<PageCheck>(Measure);
            figures += result.Checked;
            problems.AddRange(result.Problems.Select(p => $"/{path}: {p}"));
        }
        Assert.True(figures >= 20, $"only {figures} negative figures on the pages looked at");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct().Take(40)));
    }
}
