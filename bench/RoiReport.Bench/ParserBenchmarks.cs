using BenchmarkDotNet.Attributes;
using RoiReport.Core.Sample;
using RoiReport.Ingest;

namespace RoiReport.Bench;

/// <summary>Reading a survey file of 100,000 firms into columns: CSV scanning, field parsing, identifiers.</summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private string _file = "";

    [GlobalSetup]
    public void WriteSurvey()
    {
        _file = Path.Combine(Path.GetTempPath(), "roireport-bench-100000.csv");
        using var writer = new StreamWriter(_file);
        SurveyCsvWriter.Write(SampleSurvey.Generate(100_000, 2025, 1), writer);
    }

    [GlobalCleanup]
    public void Delete() => File.Delete(_file);

    [Benchmark]
    public int Load() => SurveyLoader.Load([_file], IngestOptions.Default).Table.Count;
}
