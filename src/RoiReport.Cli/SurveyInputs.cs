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
    public static SurveyInputs? Load(IReadOnlyList<string> dataPaths, string? configPath, TextWriter error)
    {
        var problems = new DiagnosticBag();
        if (LoadConfig(configPath, problems) is not { } config)
        {
            DiagnosticPrinter.Print(problems, error, "in the configuration");
            return null;
        }

        var files = DataFiles(dataPaths);
        var data = SurveyLoader.Load(files, config.Ingest);
        if (!data.IsValid)
        {
            DiagnosticPrinter.Print(data.Problems, error, $"in {files.Count} {(files.Count == 1 ? "file" : "files")}");
            return null;
        }
        return new SurveyInputs(config, data);
    }

    /// <summary>
    /// The configuration and the figures a site is built from, or null after printing why they
    /// cannot be had. Without data paths, a site of pages alone: the configuration and no waves.
    /// </summary>
    public static SiteInputs? LoadForSite(IReadOnlyList<string> dataPaths, string? configPath, TextWriter error, Action<string> progress)
    {
        if (dataPaths.Count == 0)
        {
            var problems = new DiagnosticBag();
            if (LoadConfig(configPath, problems) is not { } config)
            {
                DiagnosticPrinter.Print(problems, error, "in the configuration");
                return null;
            }
            progress($"no survey data (no --data, and no ./{DefaultDataFolder} folder): building the pages alone");
            return new SiteInputs(config, new BenchmarkReport(config.Benchmark, false, [], []), 0);
        }
        if (Load(dataPaths, configPath, error) is not { } inputs)
        {
            return null;
        }
        progress($"read {inputs.Data.Table.Count:N0} firms from {inputs.Data.Files.Count} files");
        var report = BenchmarkEngine.Compute(inputs.Data.Table, inputs.Config.Benchmark);
        progress($"computed {report.Groups.Count:N0} peer groups");
        return new SiteInputs(inputs.Config, report, inputs.Data.Table.Count);
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
        configPath ??= File.Exists(RoiReportConfig.DefaultFileName) ? RoiReportConfig.DefaultFileName : null;
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
