using RoiReport.Core.Benchmarks;
using RoiReport.Ingest;

namespace RoiReport.Cli.Config;

/// <summary>The settings of roireport.yml that reading and benchmarking use.</summary>
public sealed record RoiReportConfig(IngestOptions Ingest, BenchmarkSettings Benchmark)
{
    public const string DefaultFileName = "roireport.yml";

    public static RoiReportConfig Default { get; } = new(IngestOptions.Default, BenchmarkSettings.Default);
}
