using RoiReport.Site.Charts;
using SkiaSharp;

namespace RoiReport.Site.Tests.Charts;

public sealed class PngEncoderTests
{
    /// <summary>Pixels of every value in every channel, rows that differ, and a width that is not a multiple of the vector size.</summary>
    [Theory]
    [InlineData(1, 1)]
    [InlineData(37, 5)]
    [InlineData(1200, 660)]
    [InlineData(1600, 880)]
    public void Decodes_to_exactly_the_pixels_it_was_given(int width, int height)
    {
        var random = new Random(width * height);
        var pixels = new byte[width * height * 4];
        random.NextBytes(pixels);
        var png = PngEncoder.EncodeOpaque(pixels, width, height, width * 4);

        using var decoded = SKBitmap.Decode(png);
        Assert.NotNull(decoded);
        Assert.Equal((width, height), (decoded.Width, decoded.Height));
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var at = ((y * width) + x) * 4;
                Assert.Equal(new SKColor(pixels[at], pixels[at + 1], pixels[at + 2]), decoded.GetPixel(x, y));
            }
        }
    }

    [Fact]
    public void Rows_may_be_further_apart_than_their_pixels()
    {
        var (width, height, rowBytes) = (3, 2, 16);
        var pixels = new byte[rowBytes * height];
        new Random(1).NextBytes(pixels);
        using var decoded = SKBitmap.Decode(PngEncoder.EncodeOpaque(pixels, width, height, rowBytes));
        Assert.Equal(new SKColor(pixels[rowBytes + 8], pixels[rowBytes + 9], pixels[rowBytes + 10]), decoded.GetPixel(2, 1));
    }

    /// <summary>Files are put together in streams kept from earlier ones; nothing of a larger earlier file may remain.</summary>
    [Fact]
    public void A_file_is_the_same_whatever_was_encoded_before_it()
    {
        // Noise compresses to about its own size: 180 KB, more than a stream's first capacity and
        // less than the largest that is kept.
        var (small, large) = (new byte[37 * 5 * 4], new byte[300 * 200 * 4]);
        new Random(2).NextBytes(small);
        new Random(3).NextBytes(large);
        var first = PngEncoder.EncodeOpaque(small, 37, 5, 37 * 4);
        Assert.InRange(PngEncoder.EncodeOpaque(large, 300, 200, 300 * 4).Length, 150_000, 1 << 20);
        Assert.Equal(first, PngEncoder.EncodeOpaque(small, 37, 5, 37 * 4));
    }
}
