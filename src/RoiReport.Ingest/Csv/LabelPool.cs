using System.Collections.Concurrent;
using System.Text;

namespace RoiReport.Ingest.Csv;

/// <summary>
/// One string per distinct label (industry, size band, region), shared by every firm that gives
/// it: a label already seen costs no allocation. Safe to use from several threads.
/// </summary>
internal sealed class LabelPool
{
    private const int StackChars = 256;

    private readonly ConcurrentDictionary<string, string> _labels = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _byChars;

    public LabelPool() => _byChars = _labels.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The shared string of a label given as valid UTF-8.</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > StackChars)
        {
            var text = Encoding.UTF8.GetString(utf8);
            return _labels.GetOrAdd(text, text);
        }
        Span<char> chars = stackalloc char[StackChars];
        var written = Encoding.UTF8.GetChars(utf8, chars);
        var key = chars[..written];
        if (_byChars.TryGetValue(key, out var label))
        {
            return label;
        }
        var added = key.ToString();
        return _labels.GetOrAdd(added, added);
    }
}
