using RoiReport.Cli.Config;
using RoiReport.Core.Benchmarks;
using RoiReport.Core.Diagnostics;
using RoiReport.Ingest;

namespace RoiReport.Cli;

/// <summary>The configuration and the survey data a command works on, read and checked.</summary>
internal sealed record SurveyInputs(RoiReportConfig Config, SurveyData Data)
{
    public const string DefaultDataFolder = "data";

    /// <summary>
    /// Reads roireport.yml (the one named, or the one in the current folder if there is one) and every
    /// survey file. Problems are printed; the result is null when there were any.
    /// </summary>
    public static SurveyInputs? Load(IReadOnlyList<string> dataPaths, string? configPath, TextWriter error) =>
        LoadConfig(configPath, error) is { } config && Read(DataFiles(dataPaths), config, error) is { } data ? new SurveyInputs(config, data) : null;

    /// <summary>
    /// The configuration and the figures a site is built from, or null after printing why they
    /// cannot be had. Without data paths, a site of pages alone: the configuration and no waves.
    /// With a cache, benchmarks computed from the same files, configuration and code are read back.
    /// </summary>
    public static SiteInputs? LoadForSite(IReadOnlyList<string> dataPaths, string? configPath, TextWriter error, Action<string> progress, BenchmarkCache? cache = null)
    {
        if (LoadConfig(configPath, error) is not { } config)
        {
            return null;
        }
        if (dataPaths.Count == 0)
        {
            progress($"no survey data (no --data, and no ./{DefaultDataFolder} folder): building the pages alone");
            return new SiteInputs(config, new BenchmarkReport(config.Benchmark, false, [], []), 0);
        }
        var files = DataFiles(dataPaths);
        var key = cache is null ? null : BenchmarkCache.Key(files, ConfigFile(configPath));
        if (key is not null && cache!.Read(key, config.Benchmark) is var (cached, cachedFirms))
        {
            progress($"read the benchmarks of {cachedFirms:N0} firms from the cache: {files.Count} unchanged {(files.Count == 1 ? "file" : "files")}");
            return new SiteInputs(config, cached, cachedFirms);
        }
        if (Read(files, config, error) is not { } data)
        {
            return null;
        }
        progress($"read {data.Table.Count:N0} firms from {data.Files.Count} files");
        var report = BenchmarkEngine.Compute(data.Table, config.Benchmark);
        progress($"computed {report.Groups.Count:N0} peer groups");
        if (key is not null)
        {
            cache!.Write(key, report, data.Table.Count);
        }
        return new SiteInputs(config, report, data.Table.Count);
    }

    private static RoiReportConfig? LoadConfig(string? configPath, TextWriter error)
    {
        var problems = new DiagnosticBag();
        if (LoadConfig(configPath, problems) is { } config)
        {
            return config;
        }
        DiagnosticPrinter.Print(problems, error, "in the configuration");
        return null;
    }

    private static SurveyData? Read(IReadOnlyList<string> files, RoiReportConfig config, TextWriter error)
    {
        var data = SurveyLoader.Load(files, config.Ingest);
        if (data.IsValid)
        {
            return data;
        }
        DiagnosticPrinter.Print(data.Problems, error, $"in {files.Count} {(files.Count == 1 ? "file" : "files")}");
        return null;
    }

    /// <summary>
    /// A benchmarks.json given with --benchmarks: a usage error when there is no such file, an
    /// <see cref="InvalidDataException"/> saying what is wrong when it is not one.
    /// </summary>
    public static BenchmarkReport ReadBenchmarks(string path)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"--benchmarks {path}: no such file, expected a benchmarks.json written by roireport");
        }
        using var stream = File.OpenRead(path);
        return Core.Contract.BenchmarkJsonReader.Read(stream);
    }

    /// <summary>The survey files the data paths name, or a usage error saying which path is wrong.</summary>
    public static IReadOnlyList<string> DataFiles(IReadOnlyList<string> dataPaths)
    {
        try
        {
            return DataPaths.Expand(dataPaths);
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidDataException)
        {
            throw new UsageException($"--data {e.Message}");
        }
    }

    /// <summary>The configuration file in use: the one named, else roireport.yml in the current folder if there is one.</summary>
    private static string? ConfigFile(string? configPath) =>
        configPath ?? (File.Exists(RoiReportConfig.DefaultFileName) ? RoiReportConfig.DefaultFileName : null);

    /// <summary>
    /// roireport.yml: the one named, else the one in the current folder, else the defaults; null
    /// (with the problems in the bag, or a fresh one) when it has mistakes.
    /// </summary>
    public static RoiReportConfig? LoadConfig(string? configPath, DiagnosticBag? problems = null)
    {
        problems ??= new DiagnosticBag();
        if (configPath is not null && !File.Exists(configPath))
        {
            throw new UsageException($"--config {configPath}: no such file, expected a roireport.yml");
        }
        configPath = ConfigFile(configPath);
        if (configPath is null)
        {
            return RoiReportConfig.Default;
        }
        var config = ConfigReader.Read(configPath, problems);
        return problems.IsEmpty ? config : null;
    }
}

/// <summary>What a site is built from besides its pages and theme.</summary>
internal sealed record SiteInputs(RoiReportConfig Config, BenchmarkReport Report, int Firms);
