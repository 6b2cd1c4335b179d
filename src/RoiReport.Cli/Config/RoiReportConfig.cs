using RoiReport.Core.Benchmarks;
using RoiReport.Ingest;
using RoiReport.Site;

namespace RoiReport.Cli.Config;

/// <summary>The settings of roireport.yml: how to read the survey files, benchmark them and publish the site.</summary>
public sealed record RoiReportConfig(IngestOptions Ingest, BenchmarkSettings Benchmark, SiteOptions Site)
{
    public const string DefaultFileName = "roireport.yml";

    public static RoiReportConfig Default { get; } = new(IngestOptions.Default, BenchmarkSettings.Default, SiteOptions.Default);
}
