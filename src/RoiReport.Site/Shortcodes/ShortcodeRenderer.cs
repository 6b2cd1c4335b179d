using System.Globalization;
using RoiReport.Core.Benchmarks;
using RoiReport.Core.Diagnostics;
using RoiReport.Core.Survey;
using RoiReport.Site.Charts;
using RoiReport.Site.Content;
using RoiReport.Site.Pages;

namespace RoiReport.Site.Shortcodes;

/// <summary>
/// Renders a page's Markdown with its shortcodes: <c>chart</c>, <c>figure</c> (of a group, or with
/// <c>cut=</c> and <c>band=</c> of a cut's band) and <c>benchmark-table</c>. A shortcode that names an unknown kind, parameter or statistic, or a
/// group that is absent or suppressed, is an error with the page's file and line and the valid
/// choices: the page never shows an empty box or a made-up number. <c>fallback="parent"</c> asks
/// for the nearest broader published group instead, and names it. On a templated page, a shortcode
/// that names no segment, industry or employees shows the page's own group, and the year defaults
/// to the page's wave.
/// </summary>
public sealed class ShortcodeRenderer(BenchmarkReport report, GroupAddresses addresses, PageModels models, Formats formats, Theme.Theme theme)
{
    private static readonly string[] Names = ["chart", "figure", "benchmark-table"];
    private static readonly string[] DimensionParameters = ["segment", "industry", "employees"];
    private static readonly string[] GroupParameters = [.. DimensionParameters, "year", "fallback"];
    private static readonly string[] Stats =
        ["p10", "p25", "p50", "median", "p75", "p90", "mean", "n", "respondents", "share_positive", "share_attributing", "share_sm_ge_other",
         "other_p10", "other_p25", "other_p50", "other_p75", "other_p90", "other_mean",
         "sm_minus_other_p10", "sm_minus_other_p25", "sm_minus_other_p50", "sm_minus_other_p75", "sm_minus_other_p90",
         "share_positive_bounds", "share_above_staff_cost", "n_staff_cost"];

    private readonly Dictionary<PeerGroupKey, GroupBenchmark> _groups = report.Groups.ToDictionary(g => g.Key);

    /// <param name="pageGroup">The group of a templated page, which its shortcodes default to.</param>
    public string Render(SourceDocument document, string root, DiagnosticBag problems, PeerGroupKey? pageGroup = null)
    {
        var onPage = pageGroup is null ? "" : $" (on the page of {Name(pageGroup)}, {pageGroup.Year})";
        var shortcodes = ShortcodeParser.Parse(document.Markdown, document.SourcePath, document.BodyLine, problems);
        if (shortcodes.Count == 0)
        {
            return MarkdownRenderer.ToHtml(document.Markdown);
        }
        var markdown = document.Markdown;
        var replacements = new List<(string Token, string Html, bool Block, Shortcode Shortcode)>();
        for (var i = shortcodes.Count - 1; i >= 0; i--)
        {
            var shortcode = shortcodes[i];
            var token = $"RoiReportShortcode{i}Token";
            var fail = (string message) => problems.Add(new Diagnostic(document.SourcePath, shortcode.Line, $"shortcode {shortcode.Name}", message + onPage));
            if (Render(shortcode, root, pageGroup, fail) is { } rendered)
            {
                replacements.Add((token, rendered.Html, rendered.Block, shortcode));
            }
            markdown = string.Concat(markdown.AsSpan(0, shortcode.Start), token, markdown.AsSpan(shortcode.Start + shortcode.Length));
        }
        var html = MarkdownRenderer.ToHtml(markdown);
        foreach (var (token, rendered, block, shortcode) in replacements)
        {
            var paragraph = $"<p>{token}</p>";
            if (block && html.Contains(paragraph, StringComparison.Ordinal))
            {
                html = html.Replace(paragraph, rendered, StringComparison.Ordinal);
            }
            else if (block)
            {
                problems.Add(new Diagnostic(document.SourcePath, shortcode.Line, $"shortcode {shortcode.Name}", "shares its paragraph with text, expected it on a line of its own with blank lines around it"));
            }
            else
            {
                html = html.Replace(token, rendered, StringComparison.Ordinal);
            }
        }
        return html;
    }

    private (string Html, bool Block)? Render(Shortcode shortcode, string root, PeerGroupKey? pageGroup, Action<string> fail)
    {
        switch (shortcode.Name)
        {
            case "chart":
                return Chart(shortcode, root, pageGroup, fail) is { } chart ? (chart, true) : null;
            case "figure":
                return Figure(shortcode, pageGroup, fail) is { } figure ? (figure, false) : null;
            case "benchmark-table":
                return Table(shortcode, pageGroup, fail) is { } table ? (table, true) : null;
            default:
                fail($"unknown shortcode '{shortcode.Name}', expected one of: {string.Join(", ", Names)}");
                return null;
        }
    }

    private string? Chart(Shortcode shortcode, string root, PeerGroupKey? pageGroup, Action<string> fail)
    {
        var kinds = Enum.GetValues<ChartKind>().ToDictionary(ChartKinds.Name);
        if (shortcode.Positional.Count != 1 || !kinds.TryGetValue(shortcode.Positional[0], out var kind))
        {
            fail($"{(shortcode.Positional.Count == 0 ? "names no chart kind" : $"unknown chart kind '{string.Join(" ", shortcode.Positional)}'")}, expected one of: {string.Join(", ", kinds.Keys)}");
            return null;
        }
        var answer = ChartKinds.Answers.Contains(kind);
        string[] allowed = kind == ChartKind.HourlyReturnBySegment ? ["year"] : answer ? ["segment", "year"] : GroupParameters;
        if (!OnlyKnown(shortcode, allowed, fail) || Resolve(shortcode, answer ? SegmentOf(pageGroup) : pageGroup, kind == ChartKind.HourlyReturnBySegment, fail) is not var (group, note))
        {
            return null;
        }
        var id = ChartBuilder.Id(kind, addresses[group.Key]);
        if (!models.HasChart(id))
        {
            fail(kind == ChartKind.Trend
                ? $"there is no trend for {addresses[group.Key].Name}: it needs the group published in two waves or more"
                : answer
                ? $"there is no {ChartKinds.Name(kind)} chart for {addresses[group.Key].NameWithYear}: it needs {(kind == ChartKind.Gap ? $"{report.Settings.MinN} firms with both hourly returns" : $"two bands of {CutNames.Name(ChartKinds.Cut(kind)!.Value)} published")}"
                : $"there is no {ChartKinds.Name(kind)} chart for {addresses[group.Key].NameWithYear}");
            return null;
        }
        return theme.RenderPartial("chart", models.Chart(id, root) with { Note = note });
    }

    /// <summary>The segment group a page's group belongs to (the answer charts exist for all firms and each segment only).</summary>
    private static PeerGroupKey? SegmentOf(PeerGroupKey? pageGroup) => pageGroup is null ? null : new PeerGroupKey(pageGroup.Year, pageGroup.Segment, null, null, null);

    private string? Figure(Shortcode shortcode, PeerGroupKey? pageGroup, Action<string> fail)
    {
        var cut = shortcode.Named.ContainsKey("cut") || shortcode.Named.ContainsKey("band");
        if (!OnlyKnown(shortcode, cut ? ["cut", "band", "segment", "year", "stat"] : [.. GroupParameters, "stat"], fail))
        {
            return null;
        }
        if (shortcode.Positional.Count > 0 || !shortcode.Named.TryGetValue("stat", out var stat) || !Stats.Contains(stat))
        {
            fail($"{(shortcode.Named.TryGetValue("stat", out var given) ? $"unknown stat '{given}'" : "names no stat")}, expected stat= one of: {string.Join(", ", Stats)}");
            return null;
        }
        if ((cut ? Band(shortcode, pageGroup, fail) : Resolve(shortcode, pageGroup, false, fail)) is not var (group, note))
        {
            return null;
        }
        var subject = cut ? $"{group.Key.Segment ?? "all firms"} in band {shortcode.Named["band"]} of {shortcode.Named["cut"]}, {group.Key.Year}" : addresses[group.Key].NameWithYear;
        var text = Stat(group, stat);
        if (text is null && WithheldByDisclosureControl(group, stat))
        {
            // Which figures the control withholds depends on the data, so it is no mistake of the page's.
            return theme.RenderPartial("figure", new FigureModel(Formats.NotPublished, WithheldTitle, null)).TrimEnd('\n');
        }
        if (text is null)
        {
            fail($"{stat} is not published for {subject} (p10 and p90 need {report.Settings.TailMinN} firms, other-marketing figures {report.Settings.MinN} firms with them, sm_minus_other figures {report.Settings.MinN} firms with both)");
            return null;
        }
        return theme.RenderPartial("figure", new FigureModel(text, null, note)).TrimEnd('\n');
    }

    private string? Table(Shortcode shortcode, PeerGroupKey? pageGroup, Action<string> fail)
    {
        if (shortcode.Positional.Count > 0)
        {
            fail($"takes no positional value, expected only: {string.Join(", ", GroupParameters)}");
            return null;
        }
        return OnlyKnown(shortcode, GroupParameters, fail) && Resolve(shortcode, pageGroup, false, fail) is var (group, note)
            ? theme.RenderPartial("benchmark-table", models.Table(group, note))
            : null;
    }

    private const string WithheldTitle = "Withheld: protecting the firms of a smaller group would move this figure too far (see the methodology)";

    /// <summary>Whether the group would publish the figure but the disclosure control withheld it as too far from the truth to mislead no one.</summary>
    private bool WithheldByDisclosureControl(GroupBenchmark group, string stat) => stat switch
    {
        "mean" => group.HourlyReturn is { Mean: null },
        "other_mean" => group.OtherHourlyReturn is { Mean: null },
        "share_positive" or "share_attributing" or "share_positive_bounds" => !group.Suppressed,
        "share_sm_ge_other" => !group.Suppressed && group.BothN >= report.Settings.MinN,
        "share_above_staff_cost" => !group.Suppressed && group.StaffCostN >= report.Settings.MinN,
        _ => false,
    };

    private string? Stat(GroupBenchmark group, string stat)
    {
        var (channel, measure) = stat switch
        {
            _ when stat.StartsWith("other_", StringComparison.Ordinal) => (group.OtherHourlyReturn, stat["other_".Length..]),
            _ when stat.StartsWith("sm_minus_other_", StringComparison.Ordinal) => (group.SmMinusOther, stat["sm_minus_other_".Length..]),
            _ => (group.HourlyReturn, stat),
        };
        double? money = measure switch
        {
            "p10" => channel?.P10,
            "p25" => channel?.P25,
            "p50" or "median" => channel?.P50,
            "p75" => channel?.P75,
            "p90" => channel?.P90,
            "mean" => channel?.Mean,
            _ => null,
        };
        return stat switch
        {
            "n" => Formats.Count(group.N),
            "respondents" => Formats.Count(group.Respondents),
            "share_positive" => group.SharePositive is { } s1 ? Formats.Share(s1) : null,
            "share_attributing" => group.ShareAttributing is { } s2 ? Formats.Share(s2) : null,
            "share_sm_ge_other" => group.ShareSmGeOther is { } s3 ? Formats.Share(s3) : null,
            "share_positive_bounds" => group.SharePositiveBounds is { } b ? Formats.Bounds(b) : null,
            "share_above_staff_cost" => group.ShareAboveStaffCost is { } s4 ? Formats.Share(s4) : null,
            "n_staff_cost" => Formats.Count(group.StaffCostN),
            _ => money is { } m ? formats.Money.PerHour(m) : null,
        };
    }

    /// <summary>The published band that cut=, band= and segment= (or the page's segment) name in the wave of year= (or the page's, or the latest).</summary>
    private (GroupBenchmark Group, string? Note)? Band(Shortcode shortcode, PeerGroupKey? pageGroup, Action<string> fail)
    {
        var named = shortcode.Named;
        if (Year(shortcode, pageGroup, fail) is not { } year)
        {
            return null;
        }
        var inWave = report.Cuts.Where(c => c.Year == year).ToList();
        var cuts = inWave.Select(c => CutNames.Name(c.Cut)).Distinct().ToList();
        if (!named.TryGetValue("cut", out var cutName) || !cuts.Contains(cutName))
        {
            fail($"{(cutName is null ? "names a band but no cut" : $"cut '{cutName}' is not in the {year} wave")}, expected cut= one of: {string.Join(", ", cuts)}");
            return null;
        }
        var ofCut = inWave.Where(c => CutNames.Name(c.Cut) == cutName).ToList();
        var bands = ofCut.Select(c => c.Band.Label).Distinct().ToList();
        if (!named.TryGetValue("band", out var bandName) || !bands.Contains(bandName))
        {
            fail($"{(bandName is null ? "names no band" : $"band '{bandName}' is not a band of {cutName} in {year}")}, expected band= one of: {string.Join(", ", bands)}");
            return null;
        }
        var segment = named.TryGetValue("segment", out var segmentName) ? segmentName : pageGroup?.Segment;
        var segments = ofCut.Select(c => c.Segment).OfType<string>().Distinct().ToList();
        var match = segment is null ? null : segments.FirstOrDefault(s => string.Equals(s, segment, StringComparison.OrdinalIgnoreCase));
        if (segment is not null && match is null)
        {
            fail($"segment '{segment}' has no firms in band {bandName} of {cutName} in {year}, expected one of: {string.Join(", ", segments)}");
            return null;
        }
        var band = ofCut.FirstOrDefault(c => c.Band.Label == bandName && c.Segment == match);
        if (band is null || band.Figures.Suppressed)
        {
            fail($"{match ?? "all firms"} in band {bandName} of {cutName}, {year}, {(band is null ? "has no firms" : $"has too few firms to publish ({band.Figures.N} with a social-media hourly return, {report.Settings.MinN} needed)")}");
            return null;
        }
        return (band.Figures, null);
    }

    private static bool OnlyKnown(Shortcode shortcode, IReadOnlyCollection<string> allowed, Action<string> fail)
    {
        foreach (var name in shortcode.Named.Keys.Where(k => !allowed.Contains(k)))
        {
            fail($"unknown parameter '{name}', expected some of: {string.Join(", ", allowed)}");
            return false;
        }
        return true;
    }

    /// <summary>
    /// The published group the parameters name (the page's group where they name none), or its
    /// nearest published parent with fallback="parent".
    /// </summary>
    private (GroupBenchmark Group, string? Note)? Resolve(Shortcode shortcode, PeerGroupKey? pageGroup, bool wholeWave, Action<string> fail)
    {
        if (Year(shortcode, pageGroup, fail) is not { } year || KeyOf(shortcode, pageGroup, wholeWave, year, fail) is not { } key)
        {
            return null;
        }
        var fallback = shortcode.Named.TryGetValue("fallback", out var mode) ? mode : null;
        if (fallback is not (null or "parent"))
        {
            fail($"fallback '{fallback}' is not known, expected fallback=\"parent\"");
            return null;
        }
        return PublishedOrParent(key, fallback is not null, fail);
    }

    /// <summary>The wave year= names (it must have one), or the page's, or the latest.</summary>
    private int? Year(Shortcode shortcode, PeerGroupKey? pageGroup, Action<string> fail)
    {
        var years = report.Waves.Select(w => w.Year).ToList();
        var year = pageGroup?.Year ?? (years.Count == 0 ? 0 : years.Max());
        if (shortcode.Named.TryGetValue("year", out var yearText) && !(int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out year) && years.Contains(year)))
        {
            fail($"year '{yearText}' has no wave, expected one of: {string.Join(", ", years)}");
            return null;
        }
        return year;
    }

    /// <summary>The group the parameters name in the wave, or the page's own where they name none.</summary>
    private PeerGroupKey? KeyOf(Shortcode shortcode, PeerGroupKey? pageGroup, bool wholeWave, int year, Action<string> fail)
    {
        var named = shortcode.Named;
        string? Label(Dimension dimension)
        {
            var name = DimensionNames.ColumnName(dimension);
            if (wholeWave || !named.TryGetValue(name, out var value))
            {
                return null;
            }
            var labels = report.Groups.Where(g => g.Key.Year == year).Select(g => g.Key[dimension]).OfType<string>().Distinct(StringComparer.Ordinal).Order(LabelOrder.Instance).ToList();
            var match = labels.FirstOrDefault(l => string.Equals(l, value, dimension == Dimension.Segment ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal));
            return match ?? throw new UnknownLabel($"{name} '{value}' is not in the {year} wave, expected one of: {string.Join(", ", labels)}");
        }
        try
        {
            return pageGroup is not null && !DimensionParameters.Any(named.ContainsKey) && !wholeWave
                ? pageGroup.InYear(year)
                : new PeerGroupKey(year, Label(Dimension.Segment), Label(Dimension.Industry), Label(Dimension.Employees), null);
        }
        catch (UnknownLabel e)
        {
            fail(e.Message);
            return null;
        }
    }

    /// <summary>The group if it is published; with <paramref name="fallback"/>, else its nearest published parent, and a note that says so.</summary>
    private (GroupBenchmark Group, string? Note)? PublishedOrParent(PeerGroupKey key, bool fallback, Action<string> fail)
    {
        if (_groups.TryGetValue(key, out var group) && !group.Suppressed)
        {
            return (group, null);
        }
        var reason = group is null ? "has no firms" : "has too few firms to publish";
        if (!fallback)
        {
            fail($"the group {Name(key)} {reason}, expected a published group, or fallback=\"parent\" to show the nearest broader one");
            return null;
        }
        foreach (var parent in key.FallbackLadder().Skip(1))
        {
            if (_groups.TryGetValue(parent, out var published) && !published.Suppressed)
            {
                return (published, $"for {Name(parent)}: {Name(key)} {reason}");
            }
        }
        fail($"the group {Name(key)} {reason}, and so has every broader group");
        return null;
    }

    private string Name(PeerGroupKey key) =>
        addresses.TryGet(key, out var address) ? address.Name : string.Join(" · ", new[] { key.Segment, key.Industry, key.Employees }.OfType<string>());

    private sealed class UnknownLabel(string message) : Exception(message);
}
