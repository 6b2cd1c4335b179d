using System.Collections.Concurrent;
using System.Text;
using System.Text.Unicode;

namespace RoiReport.Core.Survey;

/// <summary>
/// Every distinct label seen (industries, size bands, regions, segments), each with a number, so
/// that a firm's labels travel as numbers while a survey is read on several threads. Numbers are
/// given in the order labels are first seen, which parallel reading does not fix; a
/// <see cref="SurveyTable"/> numbers its labels again in <see cref="LabelOrder"/>. Thread-safe.
/// </summary>
public sealed class LabelCatalog
{
    private const int StackChars = 256;

    private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _byChars;
    private readonly Lock _adding = new();
    private string[] _labels = new string[64];
    private int _count;

    public LabelCatalog() => _byChars = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    public string this[int id] => Volatile.Read(ref _labels)[id];

    public int Id(string label) => _ids.TryGetValue(label, out var id) ? id : Add(label);

    /// <summary>
    /// The number of a label given as UTF-8, or false when the bytes are not valid UTF-8. Each
    /// thread keeps the bytes of the labels it met last, so the few labels a survey repeats a
    /// million times are found by comparing bytes, which were checked when they were first met.
    /// </summary>
    public bool TryId(ReadOnlySpan<byte> utf8, out int id)
    {
        var recent = _recent ??= new (byte[] Bytes, int Id, LabelCatalog? Catalog)[RecentSlots];
        ref var slot = ref recent[Slot(utf8)];
        if (ReferenceEquals(slot.Catalog, this) && utf8.SequenceEqual(slot.Bytes))
        {
            id = slot.Id;
            return true;
        }
        if (!Utf8.IsValid(utf8))
        {
            id = -1;
            return false;
        }
        id = Lookup(utf8);
        slot = (utf8.ToArray(), id, this);
        return true;
    }

    private const int RecentSlots = 256;

    [ThreadStatic]
    private static (byte[] Bytes, int Id, LabelCatalog? Catalog)[]? _recent;

    private static int Slot(ReadOnlySpan<byte> utf8) =>
        utf8.IsEmpty ? 0 : ((utf8.Length * 31) + (utf8[0] * 7) + utf8[^1] + (utf8[utf8.Length / 2] * 131)) & (RecentSlots - 1);

    private int Lookup(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > StackChars)
        {
            return Id(Encoding.UTF8.GetString(utf8));
        }
        Span<char> chars = stackalloc char[StackChars];
        var label = chars[..Encoding.UTF8.GetChars(utf8, chars)];
        return _byChars.TryGetValue(label, out var id) ? id : Add(label.ToString());
    }

    private int Add(string label)
    {
        lock (_adding)
        {
            if (_ids.TryGetValue(label, out var id))
            {
                return id;
            }
            id = _count;
            var labels = _labels;
            if (id == labels.Length)
            {
                Array.Resize(ref labels, labels.Length * 2);
            }
            labels[id] = label;
            Volatile.Write(ref _labels, labels);
            Volatile.Write(ref _count, id + 1);
            _ids[label] = id;
            return id;
        }
    }
}
