using RoiReport.Core.Benchmarks;
using RoiReport.Core.Contract;
using RoiReport.Core.Tests.Benchmarks;

namespace RoiReport.Core.Tests.Contract;

public sealed class BenchmarkJsonReaderTests
{
    private static byte[] Json(BenchmarkReport report)
    {
        using var stream = new MemoryStream();
        BenchmarkJson.Write(report, stream);
        return stream.ToArray();
    }

    [Fact]
    public void Reads_back_exactly_what_was_written()
    {
        var random = new Random(3);
        var rows = SurveyRows.Random(8, 800).Concat(SurveyRows.Random(9, 500, year: 2024))
            .Select(r => r with { Weight = random.Next(1, 3), SalesCycleMonths = random.Next(0, 30), SmYears = random.Next(2) == 0 ? null : random.Next(0, 8) })
            .ToList();
        var cuts = new CutSettings
        {
            PeriodMonths = 6,
            Edges = new Dictionary<CutColumn, IReadOnlyList<double>> { [CutColumn.SalesCycleMonths] = [6], [CutColumn.SmYears] = [0.5, 2, 4] },
            Platform = false,
        };
        var written = Json(BenchmarkEngine.Compute(rows, BenchmarkSettings.Default with { MinN = 12, Cuts = cuts }));
        var read = BenchmarkJsonReader.Read(new MemoryStream(written));
        Assert.Equal(written, Json(read));
        Assert.True(read.Weighted);
        Assert.Equal(12, read.Settings.MinN);
        Assert.Equal(cuts, read.Settings.Cuts);
        Assert.Equal(["<0.5", "0.5-2", "2-4", "4+"], read.Cuts.Where(c => c.Cut == CutColumn.SmYears && c.Segment is null && c.Year == 2025).Select(c => c.Band.Label));
    }

    [Theory]
    [InlineData("{\"schema\": \"something/else\"}", "not a benchmark file")]
    [InlineData("not json", "not a valid benchmark file")]
    [InlineData("{\"schema\": \"roireport.benchmarks/2\"}", "not a valid benchmark file")]
    [InlineData("{\"schema\": \"roireport.benchmarks/1\", \"groups\": []}", "written by an earlier RoiReport (roireport.benchmarks/1, whose means and shares are not protected)")]
    public void A_file_that_is_not_a_benchmark_says_so(string text, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => BenchmarkJsonReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text))));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }
}
