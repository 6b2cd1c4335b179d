using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using RoiReport.Site.Output;

namespace RoiReport.Site.Charts;

/// <summary>
/// Charts drawn by earlier builds, keyed by a hash of everything their files depend on: the chart's
/// id, title and figures, and the renderer (currency, font, code). A chart whose key is known is not
/// drawn again. With a folder, the cache outlives the process; without one it lives as long as the
/// object, as in <c>roireport serve</c>. Safe to use in parallel.
/// </summary>
public sealed class ChartCache(string? folder = null)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private const int KeyLength = 64;
    private const string Extension = ".chart";

    private readonly ConcurrentDictionary<string, RenderedChart> _charts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _used = new(StringComparer.Ordinal);
    private int _drawn;

    /// <summary>How many charts were drawn rather than reused since the last <see cref="Sweep"/>.</summary>
    public int Drawn => _drawn;

    /// <summary>
    /// The chart, its files read from the cache or drawn only when first asked for. The chart counts
    /// as used, so <see cref="Sweep"/> keeps it, whether its files are asked for or not.
    /// </summary>
    public RenderedChart Get(Chart chart, ChartRenderer renderer)
    {
        var key = Key(chart, renderer.Fingerprint);
        _used[key] = 0;
        return _charts.GetOrAdd(key, _ => new RenderedChart(chart, renderer.AltText(chart), key, () =>
        {
            if (Read(key) is { } files)
            {
                return files;
            }
            var drawn = renderer.Render(chart);
            Interlocked.Increment(ref _drawn);
            Write(key, drawn);
            return (drawn.Svg, drawn.Png);
        }));
    }

    /// <summary>Forgets the charts the builds since the last sweep did not use, in memory and on disk.</summary>
    public void Sweep()
    {
        foreach (var key in _charts.Keys.Where(k => !_used.ContainsKey(k)))
        {
            _charts.TryRemove(key, out _);
        }
        if (folder is not null && Directory.Exists(folder))
        {
            // Only the cache's own files, named by their key: never anything else a folder may hold.
            var stale = Directory.EnumerateFiles(folder)
                .Select(f => (File: f, Key: Path.GetFileName(f).Split('.')[0]))
                .Where(f => f.Key.Length == KeyLength && f.Key.All(char.IsAsciiHexDigitLower) && !_used.ContainsKey(f.Key))
                .ToList();
            foreach (var (file, _) in stale)
            {
                File.Delete(file);
            }
        }
        _used.Clear();
        _drawn = 0;
    }

    /// <summary>A hash of the chart's content and the renderer's fingerprint.</summary>
    public static string Key(Chart chart, string rendererFingerprint)
    {
        var text = new StringBuilder()
            .Append(rendererFingerprint).Append('\n')
            .Append(chart.Id).Append('\n').Append(ChartKinds.Name(chart.Kind)).Append('\n').Append(chart.Title).Append('\n');
        foreach (var row in chart.Rows)
        {
            text.Append(row.Label).Append('\t').Append(row.Series).Append('\t').Append(row.N.ToString(CultureInfo.InvariantCulture));
            foreach (var value in new[] { row.P10, row.P25, row.P50, row.P75, row.P90, row.CiLow, row.CiHigh })
            {
                text.Append('\t').Append(value?.ToString("R", CultureInfo.InvariantCulture) ?? "-");
            }
            text.Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Utf8.GetBytes(text.ToString())));
    }

    /// <summary>A cached chart: one file, the SVG and then the PNG, each after its length. Null when there is none, or it is cut short.</summary>
    private (string Svg, byte[] Png)? Read(string key)
    {
        if (folder is null)
        {
            return null;
        }
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(Path.Combine(folder, key + Extension));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        ReadOnlySpan<byte> rest = bytes;
        if (rest.Length < 4 || BinaryPrimitives.ReadInt32LittleEndian(rest) is var svgLength && (svgLength < 0 || 8L + svgLength > rest.Length))
        {
            return null;
        }
        var svg = Utf8.GetString(rest.Slice(4, svgLength));
        rest = rest[(4 + svgLength)..];
        var pngLength = BinaryPrimitives.ReadInt32LittleEndian(rest);
        return pngLength < 0 || 4L + pngLength != rest.Length ? null : (svg, rest.Slice(4, pngLength).ToArray());
    }

    private void Write(string key, RenderedChart chart)
    {
        if (folder is null)
        {
            return;
        }
        Directory.CreateDirectory(folder);
        var svg = Utf8.GetBytes(chart.Svg);
        var bytes = new byte[4 + svg.Length + 4 + chart.Png.Length];
        var rest = bytes.AsSpan();
        BinaryPrimitives.WriteInt32LittleEndian(rest, svg.Length);
        svg.CopyTo(rest[4..]);
        rest = rest[(4 + svg.Length)..];
        BinaryPrimitives.WriteInt32LittleEndian(rest, chart.Png.Length);
        chart.Png.CopyTo(rest[4..]);
        SiteFiles.WriteWhole(Path.Combine(folder, key + Extension), bytes);
    }
}
