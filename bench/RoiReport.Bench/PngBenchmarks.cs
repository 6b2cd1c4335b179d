using BenchmarkDotNet.Attributes;
using RoiReport.Core.Benchmarks;
using RoiReport.Core.Sample;
using RoiReport.Site;
using RoiReport.Site.Charts;
using RoiReport.Site.Pages;
using RoiReport.Tests.Shared;
using SkiaSharp;

namespace RoiReport.Bench;

/// <summary>
/// One chart's PNG (1200 × 660, opaque) encoded by RoiReport's encoder and by SkiaSharp's, with the
/// same filter and zlib level and with Skia's defaults; each method returns the file's size.
/// </summary>
[MemoryDiagnoser]
public class PngBenchmarks
{
    private SKBitmap _bitmap = null!;

    [GlobalSetup]
    public void Prepare()
    {
        var report = BenchmarkEngine.Compute([.. SampleSurvey.Generate(2000, 2025, 25)], BenchmarkSettings.Default);
        var charts = ChartBuilder.All(report, new GroupAddresses(report));
        var renderer = new ChartRenderer(new Money("USD"), File.ReadAllBytes(Path.Combine(Folders.Repository, "theme", "assets", "fonts", "DejaVuSans.ttf")), charts);
        var png = renderer.Render(charts.First(c => c.Kind == ChartKind.HourlyReturnBySegment)).Png;
        using var decoded = SKBitmap.Decode(png);
        _bitmap = decoded.Copy(SKColorType.Rgba8888);
        _bitmap.SetImmutable();
    }

    [GlobalCleanup]
    public void Release() => _bitmap.Dispose();

    [Benchmark(Baseline = true)]
    public int RoiReportUpLevel2()
    {
        using var pixels = _bitmap.PeekPixels();
        return PngEncoder.EncodeOpaque(pixels.GetPixelSpan(), pixels.Width, pixels.Height, pixels.RowBytes).Length;
    }

    [Benchmark]
    public long SkiaUpLevel2() => Skia(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Up, 2));

    [Benchmark]
    public long SkiaDefaults() => Skia(SKPngEncoderOptions.Default);

    private long Skia(SKPngEncoderOptions options)
    {
        using var pixels = _bitmap.PeekPixels();
        using var data = pixels.Encode(options) ?? throw new InvalidOperationException("Skia could not encode the PNG");
        return data.Size;
    }
}
