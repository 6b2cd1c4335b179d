using System.Diagnostics;
using RoiReport.Cli.Commands;
using RoiReport.Cli.Config;
using RoiReport.Core.Benchmarks;
using RoiReport.Core.Diagnostics;
using RoiReport.Site;
using RoiReport.Site.Charts;
using RoiReport.Site.Output;

namespace RoiReport.Cli.Serve;

/// <summary>
/// Builds the site into memory again and again, redoing only what a change touched: the survey is
/// read and the benchmarks computed again only when a data file or the configuration changed, a
/// chart is drawn again only when its figures did, and a page is rendered again only when its own
/// Markdown or what every page depends on (theme, settings, figures, front matter) changed.
/// </summary>
internal sealed class PreviewBuilder(BuildCommand.Request request)
{
    private readonly ChartCache _charts = new();
    private string? _inputsFingerprint;
    private (RoiReportConfig Config, BenchmarkReport Report)? _computed;
    private SiteFiles? _lastSite;
    private Site.Theme.Theme? _lastTheme;

    /// <summary>The outcome of one build: the site, or what stopped it.</summary>
    public sealed record Outcome(SiteFiles? Site, string Messages, SiteBuildSummary? Summary, TimeSpan Elapsed, bool Recomputed);

    public Outcome Build()
    {
        var clock = Stopwatch.StartNew();
        var messages = new StringWriter();
        var recomputed = false;
        try
        {
            var fingerprint = InputsFingerprint();
            if (_computed is null || fingerprint != _inputsFingerprint)
            {
                _computed = null;
                if (SurveyInputs.LoadForSite(request.Data, request.Config, messages, _ => { }) is not var (config, report, _))
                {
                    return new Outcome(null, messages.ToString(), null, clock.Elapsed, true);
                }
                _computed = (config, report);
                _inputsFingerprint = fingerprint;
                recomputed = true;
            }
        }
        catch (UsageException e)
        {
            return new Outcome(null, e.Message, null, clock.Elapsed, true);
        }
        var (siteConfig, siteReport) = _computed.Value;
        var files = new SiteFiles();
        var problems = new DiagnosticBag();
        var summary = SiteBuilder.Build(new SiteSources(request.Input, request.Theme), siteReport, siteConfig.Site, files, problems, _ => { }, _charts, _lastSite, _lastTheme);
        if (summary is null)
        {
            DiagnosticPrinter.Print(problems, messages, "in the site's input or theme", "the last good site is still served");
            return new Outcome(null, messages.ToString(), null, clock.Elapsed, recomputed);
        }
        (_lastSite, _lastTheme) = (files, summary.Theme);
        return new Outcome(files, messages.ToString(), summary, clock.Elapsed, recomputed);
    }

    /// <summary>The size and time of every data file and of the configuration: what the benchmarks depend on.</summary>
    private string InputsFingerprint()
    {
        var files = request.Data.Count == 0 ? [] : SurveyInputs.DataFiles(request.Data);
        var config = request.Config ?? Config.RoiReportConfig.DefaultFileName;
        return string.Join('\n', files.Append(config).Select(f => new FileInfo(f)).Select(f => f.Exists ? $"{f.FullName} {f.Length} {f.LastWriteTimeUtc.Ticks}" : $"{f.FullName} absent"));
    }
}
