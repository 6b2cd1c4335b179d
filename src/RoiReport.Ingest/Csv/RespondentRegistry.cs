using System.Buffers.Binary;
using System.Text;

namespace RoiReport.Ingest.Csv;

/// <summary>
/// Remembers where each firm of each wave was first seen, across files. Identifiers are kept as
/// UTF-8 bytes in one growing array (with the wave and the place they were first seen), and a set
/// of their offsets finds them: about 35 bytes a firm, where a string and a tuple apiece took
/// several times that.
/// </summary>
internal sealed class RespondentRegistry
{
    // An entry: year (4 bytes), file index (4), line (8), identifier length (4), identifier bytes.
    private const int HeaderBytes = 20;

    private readonly HashSet<int> _entries;
    private byte[] _arena = new byte[1 << 16];
    private int _used;

    public RespondentRegistry() => _entries = new HashSet<int>(new EntryComparer(this));

    /// <summary>Records the firm, or returns the file index and line where it was already seen in the same wave.</summary>
    public (int File, long Line)? Register(int year, ReadOnlySpan<byte> id, int file, long line)
    {
        var size = HeaderBytes + id.Length;
        if (_used + size > _arena.Length)
        {
            Array.Resize(ref _arena, Math.Max(_arena.Length * 2, _used + size));
        }
        var entry = _arena.AsSpan(_used, size);
        BinaryPrimitives.WriteInt32LittleEndian(entry, year);
        BinaryPrimitives.WriteInt32LittleEndian(entry[4..], file);
        BinaryPrimitives.WriteInt64LittleEndian(entry[8..], line);
        BinaryPrimitives.WriteInt32LittleEndian(entry[16..], id.Length);
        id.CopyTo(entry[HeaderBytes..]);
        if (_entries.TryGetValue(_used, out var first))
        {
            var seen = _arena.AsSpan(first);
            return (BinaryPrimitives.ReadInt32LittleEndian(seen[4..]), BinaryPrimitives.ReadInt64LittleEndian(seen[8..]));
        }
        _entries.Add(_used);
        _used += size;
        return null;
    }

    /// <summary>The wave and identifier of an entry: what makes two entries the same firm.</summary>
    private ReadOnlySpan<byte> Identity(int offset)
    {
        var length = BinaryPrimitives.ReadInt32LittleEndian(_arena.AsSpan(offset + 16));
        var entry = _arena.AsSpan(offset, HeaderBytes + length);
        return entry[HeaderBytes..];
    }

    private int Year(int offset) => BinaryPrimitives.ReadInt32LittleEndian(_arena.AsSpan(offset));

    public static string Text(ReadOnlySpan<byte> id) => Encoding.UTF8.GetString(id);

    private sealed class EntryComparer(RespondentRegistry registry) : IEqualityComparer<int>
    {
        public bool Equals(int x, int y) => registry.Year(x) == registry.Year(y) && registry.Identity(x).SequenceEqual(registry.Identity(y));

        public int GetHashCode(int offset)
        {
            var hash = new HashCode();
            hash.Add(registry.Year(offset));
            hash.AddBytes(registry.Identity(offset));
            return hash.ToHashCode();
        }
    }
}
