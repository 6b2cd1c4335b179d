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

    public RenderedChart GetOrRender(Chart chart, ChartRenderer renderer)
    {
        var key = Key(chart, renderer.Fingerprint);
        _used[key] = 0;
        if (_charts.TryGetValue(key, out var cached) || (cached = Read(key, chart)) is not null)
        {
            return _charts[key] = cached;
        }
        var rendered = renderer.Render(chart);
        Interlocked.Increment(ref _drawn);
        Write(key, rendered);
        return _charts[key] = rendered;
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

    /// <summary>A cached chart: one file, the SVG and the PNG each after its length, then the text alternative.</summary>
    private RenderedChart? Read(string key, Chart chart)
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
        var svgLength = BinaryPrimitives.ReadInt32LittleEndian(rest);
        var svg = Utf8.GetString(rest.Slice(4, svgLength));
        rest = rest[(4 + svgLength)..];
        var pngLength = BinaryPrimitives.ReadInt32LittleEndian(rest);
        var png = rest.Slice(4, pngLength).ToArray();
        return new RenderedChart(chart, svg, png, Utf8.GetString(rest[(4 + pngLength)..]));
    }

    private void Write(string key, RenderedChart chart)
    {
        if (folder is null)
        {
            return;
        }
        Directory.CreateDirectory(folder);
        var svg = Utf8.GetBytes(chart.Svg);
        var alt = Utf8.GetBytes(chart.AltText);
        var bytes = new byte[4 + svg.Length + 4 + chart.Png.Length + alt.Length];
        var rest = bytes.AsSpan();
        BinaryPrimitives.WriteInt32LittleEndian(rest, svg.Length);
        svg.CopyTo(rest[4..]);
        rest = rest[(4 + svg.Length)..];
        BinaryPrimitives.WriteInt32LittleEndian(rest, chart.Png.Length);
        chart.Png.CopyTo(rest[4..]);
        alt.CopyTo(rest[(4 + chart.Png.Length)..]);
        SiteFiles.WriteWhole(Path.Combine(folder, key + Extension), bytes);
    }
}
