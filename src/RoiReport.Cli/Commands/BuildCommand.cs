using System.Diagnostics;
using System.Globalization;
using RoiReport.Core.Benchmarks;
using RoiReport.Core.Diagnostics;
using RoiReport.Site;
using RoiReport.Site.Charts;

namespace RoiReport.Cli.Commands;

/// <summary>Builds the benchmark site: the author's Markdown and the theme around the computed figures.</summary>
public static class BuildCommand
{
    public const string DefaultOutput = "_site";
    public const string DefaultInput = "input";
    public const string DefaultTheme = "theme";
    public const string DefaultCache = ".roireport-cache";

    public const string Usage = """
        roireport build [--input input] [--data data] [--theme theme] [--config roireport.yml] [--output _site] [--cache .roireport-cache]

        Builds the static site: Markdown pages from INPUT, the theme's layouts and assets, a page and
        charts for every peer group, the methodology, sitemap, feed, and the figures as
        OUTPUT/data/benchmarks.json and benchmarks.csv. OUTPUT is changed only once the whole site
        has been built: files that did not change are left alone, files the site no longer has are
        removed, and a failed build leaves it as it was. CACHE keeps what the next build can reuse,
        each under a hash of everything it is made from: the benchmarks (reused while the survey
        files, the configuration and the code are unchanged), every chart, and the keys of OUTPUT's
        pages and chart files, so that a page whose inputs did not change is not rendered again
        (nor one that was changed or removed by hand kept). Deleting CACHE is always safe.
        """;

    public sealed record Options(string Input, IReadOnlyList<string> Data, string Theme, string? Config, string Output, string Cache = DefaultCache);

    private sealed record Built(int Firms, BenchmarkReport Report, SiteBuildSummary Summary);

    public static Options Parse(IReadOnlyList<string> args)
    {
        var parsed = Arguments.Parse("build", args, ["input", "data", "theme", "config", "output", "cache"], ["data"]);
        return new Options(
            parsed.Value("input", DefaultInput),
            DataPaths(parsed),
            parsed.Value("theme", DefaultTheme),
            parsed.Value("config"),
            parsed.Value("output", DefaultOutput),
            parsed.Value("cache", DefaultCache));
    }

    /// <summary>The survey files and folders: none without --data and without a ./data folder, when the site is its pages alone.</summary>
    internal static IReadOnlyList<string> DataPaths(Arguments parsed) =>
        !parsed.Has("data") && !Directory.Exists(SurveyInputs.DefaultDataFolder) ? [] : parsed.Values("data", SurveyInputs.DefaultDataFolder);

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (CommandLine.HelpRequested(args, Usage, output))
        {
            return ExitCodes.Success;
        }
        var options = Parse(args);
        OutputFolder.Check(options.Output, [.. options.Data.Select(d => ("data", d)), ("input", options.Input), ("theme", options.Theme), ("cache", options.Cache)]);
        if (!Directory.Exists(options.Theme))
        {
            throw new UsageException($"--theme {options.Theme}: no such folder, expected the site's theme (layouts, partials, assets)");
        }
        var clock = Stopwatch.StartNew();
        var problems = new DiagnosticBag();
        var result = StageProgress.Run(error, "Building the site…", progress =>
        {
            if (SurveyInputs.LoadForSite(options.Data, options.Config, error, progress, new BenchmarkCache(Path.Combine(options.Cache, "benchmarks"))) is not var (config, report, firms))
            {
                return null;
            }
            var charts = new ChartCache(Path.Combine(options.Cache, "charts"));
            var summary = SiteBuilder.Build(new SiteSources(options.Input, options.Theme), report, config.Site, options.Output, problems, progress, charts,
                Path.Combine(options.Cache, "output.manifest"));
            return summary is null ? null : new Built(firms, report, summary);
        });
        if (result is not var (firms, report, summary))
        {
            if (!problems.IsEmpty)
            {
                DiagnosticPrinter.Print(problems, error, "in the site's input or theme");
            }
            error.WriteLine($"The previous {options.Output} was left as it was.");
            return ExitCodes.InvalidData;
        }
        var suppressed = report.Groups.Count(g => g.Suppressed);
        var figures = report.Waves.Count == 0
            ? "no survey data"
            : $"{summary.Charts:N0} charts, {report.Waves.Count} {(report.Waves.Count == 1 ? "wave" : "waves")}, {firms:N0} firms, {report.Groups.Count:N0} peer groups ({suppressed:N0} suppressed)";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"built {options.Output}: {summary.Pages:N0} pages, {figures} in {clock.Elapsed.TotalSeconds:0.00} s"));
        return ExitCodes.Success;
    }
}
