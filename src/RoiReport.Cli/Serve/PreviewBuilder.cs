using System.Diagnostics;
using RoiReport.Cli.Commands;
using RoiReport.Cli.Config;
using RoiReport.Core.Benchmarks;
using RoiReport.Core.Diagnostics;
using RoiReport.Ingest;
using RoiReport.Site;
using RoiReport.Site.Charts;
using RoiReport.Site.Output;

namespace RoiReport.Cli.Serve;

/// <summary>
/// Builds the site into memory again and again, redoing only what a change touched: the survey is
/// read and the benchmarks computed again only when a data file or the configuration changed, and a
/// chart is drawn again only when its figures did. Pages are always rendered again; that is cheap.
/// </summary>
internal sealed class PreviewBuilder(BuildCommand.Options options)
{
    private readonly ChartCache _charts = new();
    private string? _inputsFingerprint;
    private (RoiReportConfig Config, BenchmarkReport Report)? _computed;

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
                if (Compute(messages) is not { } computed)
                {
                    return new Outcome(null, messages.ToString(), null, clock.Elapsed, true);
                }
                _computed = computed;
                _inputsFingerprint = fingerprint;
                recomputed = true;
            }
        }
        catch (UsageException e)
        {
            return new Outcome(null, e.Message, null, clock.Elapsed, true);
        }
        var (config, report) = _computed.Value;
        var files = new SiteFiles();
        var problems = new DiagnosticBag();
        var summary = SiteBuilder.Build(new SiteSources(options.Input, options.Theme), report, config.Site, files, problems, _ => { }, _charts);
        if (summary is null)
        {
            DiagnosticPrinter.Print(problems, messages, "in the site's input or theme", "the last good site is still served");
            return new Outcome(null, messages.ToString(), null, clock.Elapsed, recomputed);
        }
        return new Outcome(files, messages.ToString(), summary, clock.Elapsed, recomputed);
    }

    /// <summary>The configuration and the benchmarks, or null after printing why they cannot be had.</summary>
    private (RoiReportConfig, BenchmarkReport)? Compute(TextWriter messages)
    {
        if (options.Data.Count == 0)
        {
            var problems = new DiagnosticBag();
            if (SurveyInputs.LoadConfig(options.Config, problems) is { } config)
            {
                return (config, new BenchmarkReport(config.Benchmark, false, [], []));
            }
            DiagnosticPrinter.Print(problems, messages, "in the configuration", "the last good site is still served");
            return null;
        }
        if (SurveyInputs.Load(options.Data, options.Config, messages) is not { } inputs)
        {
            return null;
        }
        return (inputs.Config, BenchmarkEngine.Compute(inputs.Data.Table, inputs.Config.Benchmark));
    }

    /// <summary>The size and time of every data file and of the configuration: what the benchmarks depend on.</summary>
    private string InputsFingerprint()
    {
        IEnumerable<string> files = [];
        try
        {
            if (options.Data.Count > 0)
            {
                files = DataPaths.Expand(options.Data);
            }
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidDataException)
        {
            throw new UsageException($"--data {e.Message}");
        }
        var config = options.Config ?? Config.RoiReportConfig.DefaultFileName;
        return string.Join('\n', files.Append(config).Select(f => new FileInfo(f)).Select(f => f.Exists ? $"{f.FullName} {f.Length} {f.LastWriteTimeUtc.Ticks}" : $"{f.FullName} absent"));
    }
}
