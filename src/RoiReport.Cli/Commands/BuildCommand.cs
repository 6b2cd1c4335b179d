using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using RoiReport.Core.Benchmarks;
using RoiReport.Core.Diagnostics;
using RoiReport.Site;
using RoiReport.Site.Charts;

namespace RoiReport.Cli.Commands;

/// <summary>Builds the benchmark site: the author's Markdown and the theme around the computed figures.</summary>
public sealed class BuildCommand : SynchronousCommand<BuildCommand.Request>
{
    public const string DefaultOutput = "_site";
    public const string DefaultInput = "input";
    public const string DefaultTheme = "theme";
    public const string DefaultCache = ".roireport-cache";

    private readonly SiteSourceOptions _site = new();
    private readonly Option<string> _output = CommandOptions.Folder("--output", DefaultOutput, "the folder the site is written to; it must be a folder of its own");
    private readonly Option<string> _cache = CommandOptions.Folder("--cache", DefaultCache, "what the next build can reuse; deleting it is always safe");
    private readonly Option<string?> _baseUrl = new("--base-url")
    {
        HelpName = "URL",
        Description = "where the site is published, in place of site.base_url in the configuration (for preview deployments)",
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value;
            var url = Config.ConfigReader.BaseUrl(text);
            if (url is null)
            {
                result.AddError($"--base-url '{text}' {Config.ConfigReader.BaseUrlExpected}");
            }
            return url;
        },
    };

    public BuildCommand()
        : base("build", "Compute the benchmarks and build the static site.", """
            Builds the static site: Markdown pages from the input folder, the theme's layouts and assets, a page
            and charts for every peer group, the methodology, sitemap, feed, and the figures as
            data/benchmarks.json and benchmarks.csv in the output folder. The output folder is changed only
            once the whole site has been built: files that did not change are left alone, files the site no
            longer has are removed, and a failed build leaves it as it was. The cache keeps what the next
            build can reuse, each under a hash of everything it is made from: the benchmarks (reused while the
            survey files, the configuration and the code are unchanged), every chart, and the keys of the
            output's pages and chart files, so that a page whose inputs did not change is not rendered again
            (nor one that was changed or removed by hand kept).
            """)
    {
        _site.AddTo(this);
        Options.Add(_output);
        Options.Add(_cache);
        Options.Add(_baseUrl);
    }

    /// <param name="Theme">The site's own theme folder; null for the built-in theme alone.</param>
    /// <param name="BaseUrl">Where the site is published, when given on the command line; else the configuration's.</param>
    public sealed record Request(string Input, IReadOnlyList<string> Data, string? Theme, string? Config, string Output, string Cache = DefaultCache, string? BaseUrl = null);

    /// <summary>A theme folder named with --theme must exist: a mistyped one would silently give the built-in theme.</summary>
    internal static void CheckTheme(string? folder)
    {
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new UsageException($"--theme {folder}: no such folder, expected the site's own theme files (layouts, partials, assets)");
        }
    }

    private sealed record Built(int Firms, BenchmarkReport Report, SiteBuildSummary Summary);

    protected override Request Bind(ParseResult parsed) => _site.Bind(parsed) with { Output = parsed.GetValue(_output)!, Cache = parsed.GetValue(_cache)!, BaseUrl = parsed.GetValue(_baseUrl) };

    protected override int Run(Request request, TextWriter output, TextWriter error)
    {
        OutputFolder.Check(request.Output, [.. request.Data.Select(d => ("data", d)), ("input", request.Input), .. request.Theme is { } theme ? [("theme", theme)] : Array.Empty<(string, string)>(), ("cache", request.Cache)]);
        CheckTheme(request.Theme);
        var clock = Stopwatch.StartNew();
        var problems = new DiagnosticBag();
        var result = StageProgress.Run(error, "Building the site…", progress =>
        {
            if (SurveyInputs.LoadForSite(request.Data, request.Config, error, progress, new BenchmarkCache(Path.Combine(request.Cache, "benchmarks"))) is not var (config, report, firms))
            {
                return null;
            }
            var charts = new ChartCache(Path.Combine(request.Cache, "charts"));
            var site = request.BaseUrl is { } url ? config.Site with { BaseUrl = url } : config.Site;
            var summary = SiteBuilder.Build(new SiteSources(request.Input, request.Theme), report, site, request.Output, problems, progress, charts,
                Path.Combine(request.Cache, "output.manifest"));
            return summary is null ? null : new Built(firms, report, summary);
        });
        if (result is not var (firms, report, summary))
        {
            if (!problems.IsEmpty)
            {
                DiagnosticPrinter.Print(problems, error, "in the site's input or theme");
            }
            error.WriteLine($"The previous {request.Output} was left as it was.");
            return ExitCodes.InvalidData;
        }
        var suppressed = report.Groups.Count(g => g.Suppressed);
        var figures = report.Waves.Count == 0
            ? "no survey data"
            : $"{summary.Charts:N0} charts, {report.Waves.Count} {(report.Waves.Count == 1 ? "wave" : "waves")}, {firms:N0} firms, {report.Groups.Count:N0} peer groups ({suppressed:N0} suppressed)";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"built {request.Output}: {summary.Pages:N0} pages, {figures} in {clock.Elapsed.TotalSeconds:0.00} s"));
        return ExitCodes.Success;
    }
}
