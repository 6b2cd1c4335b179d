using System.Reflection;
using System.Text.RegularExpressions;
using RoiReport.Site.Pages;

namespace RoiReport.Site.Tests.Themes;

/// <summary>docs/theme.md is the theme's contract: every field a layout or partial receives is named there.</summary>
public sealed class ThemeContractTests
{
    [Fact]
    public void Every_field_of_every_model_is_documented()
    {
        var doc = File.ReadAllText(Path.Combine(Demo.Repository, "docs", "theme.md"));
        var documented = Regex.Matches(doc, "`([^`]+)`").SelectMany(m => Regex.Matches(m.Groups[1].Value, "[A-Za-z][A-Za-z0-9]*").Select(w => w.Value)).ToHashSet(StringComparer.Ordinal);
        var models = typeof(LayoutModel).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == typeof(LayoutModel).Namespace && t.Name.EndsWith("Page", StringComparison.Ordinal) || typeof(LayoutModel).IsAssignableFrom(t)
                || t.Name is nameof(ChartModel) or nameof(ChartRowModel) or nameof(TableModel) or nameof(FigureRow) or nameof(ShareModel) or nameof(GroupLink)
                    or nameof(GroupRow) or nameof(WaveLink) or nameof(PostLink) or nameof(ExclusionRow) or nameof(DisclosureModel) or nameof(EmbedLink)
                    or nameof(SiteModel) or nameof(PageInfo) or nameof(NavModel) or nameof(EmbedFrameModel) or nameof(EmbedImageModel) or nameof(FigureModel))
            .Where(t => t != typeof(PlannedPage))
            .ToList();
        Assert.True(models.Count >= 20, $"{models.Count} models");
        var missing = models
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.Name != "EqualityContract").Select(p => (t.Name, Field: char.ToLowerInvariant(p.Name[0]) + p.Name[1..])))
            .Where(f => !documented.Contains(f.Field))
            .Distinct()
            .ToList();
        Assert.True(missing.Count == 0, "not in docs/theme.md: " + string.Join(", ", missing.Select(m => $"{m.Name}.{m.Field}")));
    }
}
