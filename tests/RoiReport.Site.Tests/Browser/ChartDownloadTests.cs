using Microsoft.Playwright;

namespace RoiReport.Site.Tests.Browser;

/// <summary>Under every chart, its figures as CSV: the same numbers as its figures table.</summary>
public sealed class ChartDownloadTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    /// <summary>For each chart with a table: where its CSV and its table disagree.</summary>
    private const string Compare = """
        async () => {
          // A table cell as the CSV writes it: amounts without their symbol or thousands separator,
          // a minus for the minus sign, a percentage without its sign, a dash as blank.
          const plain = cell => cell.trim() === '–' ? '' : cell.trim().replace('\u2212', '-').replace(/[^\d.\-]/g, '');
          const problems = [];
          let charts = 0;
          for (const chart of document.querySelectorAll('.chart')) {
            const link = [...chart.querySelectorAll('figcaption a')].find(a => a.textContent === 'CSV');
            const table = chart.querySelector('table.figures');
            if (!link) { problems.push(`${chart.id}: no CSV link`); continue; }
            if (!table) { continue; }
            charts++;
            const csv = (await (await fetch(link.href)).text()).trimEnd().split('\n').map(line => line.split(','));
            const rows = [...table.tBodies[0].rows].map(row => [...row.cells].map(c => c.textContent));
            if (csv.length - 1 !== rows.length) { problems.push(`${chart.id}: ${csv.length - 1} CSV rows for ${rows.length} in the table`); continue; }
            rows.forEach((cells, i) => {
              const fields = csv[i + 1];
              if (fields[0].replace(/^"|"$/g, '') !== cells[0].trim()) { problems.push(`${chart.id}: row ${i + 1} is '${fields[0]}' in the CSV, '${cells[0].trim()}' in the table`); }
              // The table's last column is the median's interval, two numbers in the CSV.
              const expected = cells.slice(1).flatMap(c => c.includes(' to ') ? c.split(' to ').map(plain) : [plain(c)]);
              const actual = fields.slice(1, 1 + expected.length);
              if (expected.join('|') !== actual.join('|')) { problems.push(`${chart.id}: row ${i + 1}: CSV ${actual.join('|')}, table ${expected.join('|')}`); }
            });
          }
          return { checked: charts, problems };
        }
        """;

    [BrowserFact]
    public async Task Every_charts_CSV_holds_the_numbers_of_its_figures_table()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Tools.LaunchChromium(playwright);
        var problems = new List<string>();
        var compared = 0;
        foreach (var path in new[] { "", "benchmarks/2025/", "benchmarks/2024/", Demo.LongestGroupPage(2025), Demo.LongestGroupPage(2024), "embed/hourly-return-by-segment-2025/" })
        {
            var page = await browser.NewPageAsync();
            await page.GotoAsync(site.Address + path);
            var result = await page.EvaluateAsync<PageCheck>(Compare);
            compared += result.Checked;
            problems.AddRange(result.Problems.Select(p => $"/{path}: {p}"));
            await page.CloseAsync();
        }
        Assert.True(compared >= 10, $"only {compared} charts compared");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
