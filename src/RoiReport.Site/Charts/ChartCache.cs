using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace RoiReport.Site.Charts;

/// <summary>
/// Charts drawn by earlier builds, keyed by a hash of everything their files depend on: the chart's
/// id, title and figures, and the renderer (currency, font, code). A chart whose key is known is not
/// drawn again. With a folder, the cache outlives the process in one file (<see cref="ChartPack"/>),
/// written when a build ends; without one it lives as long as the object, as in
/// <c>roireport serve</c>. Safe to use in parallel within a build.
/// </summary>
public sealed class ChartCache(string? folder = null)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private const string PackFile = "charts.pack";

    private readonly ConcurrentDictionary<string, RenderedChart> _charts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _used = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _unsaved = new(StringComparer.Ordinal);
    private readonly Lazy<ChartPack> _opened = new(() => folder is null ? ChartPack.Empty : ChartPack.Open(Path.Combine(folder, PackFile)));
    private ChartPack? _pack;
    private int _drawn;

    /// <summary>How many charts were drawn rather than reused since the last <see cref="Sweep"/>.</summary>
    public int Drawn => _drawn;

    private ChartPack Pack => _pack ?? _opened.Value;

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
            if (Pack.Read(key) is { } files)
            {
                return files;
            }
            var drawn = renderer.Render(chart);
            Interlocked.Increment(ref _drawn);
            _unsaved[key] = 0;
            return drawn.Files;
        }));
    }

    /// <summary>
    /// Forgets the charts the builds since the last sweep did not use, and with a folder writes the
    /// ones they did use to it, once they differ from what it holds. Called when a build ends.
    /// </summary>
    public void Sweep()
    {
        foreach (var key in _charts.Keys.Where(k => !_used.ContainsKey(k)))
        {
            _charts.TryRemove(key, out _);
        }
        if (folder is not null)
        {
            Save(folder);
        }
        _used.Clear();
        _unsaved.Clear();
        _drawn = 0;
    }

    private void Save(string folder)
    {
        var pack = Pack;
        var kept = pack.Keys.Where(_used.ContainsKey).ToList();
        var added = _unsaved.Keys.Where(k => _used.ContainsKey(k) && !pack.Contains(k)).Order(StringComparer.Ordinal).ToList();
        if (added.Count == 0 && kept.Count == pack.Keys.Count)
        {
            return;
        }
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, PackFile);
        pack.WriteTo(path, kept, added.Select(k => (k, _charts[k].Files)));
        pack.Dispose();
        _pack = ChartPack.Open(path);
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
}
