using System.Collections.Concurrent;
using System.Security.Cryptography;
using ScottPlot;
using SkiaSharp;

namespace RoiReport.Site.Charts;

/// <summary>
/// A font the charts are drawn with, known to ScottPlot by a name of its own: its hash. ScottPlot
/// looks fonts up by name in lists of the whole process, so each font gets a name no other can
/// take, and charts drawn in parallel by different builds (tests, <c>serve</c>) never mix them up.
/// </summary>
internal sealed record ChartTypeface(string Name, string Hash)
{
    private static readonly ConcurrentDictionary<string, SKTypeface> Typefaces = new(StringComparer.Ordinal);

    static ChartTypeface()
    {
        // First, so that no system font of a similar name answers for it.
        Fonts.FontResolvers.Insert(0, new Resolver());
    }

    /// <summary>The font itself, for measuring text.</summary>
    public SKTypeface Skia => Typefaces[Name];

    public static ChartTypeface Register(byte[] font)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(font));
        var name = $"RoiReport {hash[..16]}";
        Typefaces.GetOrAdd(name, _ => SKTypeface.FromData(SKData.CreateCopy(font)) ?? throw new InvalidDataException("Skia could not read the chart font."));
        return new ChartTypeface(name, hash);
    }

    private sealed class Resolver : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) =>
            Typefaces.GetValueOrDefault(fontName);

        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) => Typefaces.GetValueOrDefault(fontName);
    }
}
