using System.Buffers.Binary;
using System.Text;

namespace RoiReport.Ingest.Csv;

/// <summary>
/// Remembers where each firm of each wave was first seen, across files. Identifiers are kept as
/// UTF-8 bytes in one growing array, with the wave and the place they were first seen, and found by
/// a 64-bit hash (computed by the parallel readers) in an open-addressed table that keeps 32 bits
/// of it; a match is confirmed byte by byte, so two firms are never taken for one. About 50 bytes
/// a firm with 15-byte identifiers.
/// </summary>
internal sealed class RespondentRegistry
{
    // An entry: year (4 bytes), file index (4), line (8), identifier length (4), identifier bytes.
    private const int HeaderBytes = 20;

    private byte[] _arena = new byte[1 << 16];
    private int _used;
    private uint[] _tags = new uint[1 << 10];
    private int[] _entries = new int[1 << 10];
    private int _count;

    /// <summary>Makes room for this many more firms at once, rather than growing step by step while they arrive.</summary>
    public void Reserve(int firms)
    {
        var arena = _used + (firms * (HeaderBytes + 16));
        if (arena > _arena.Length)
        {
            Array.Resize(ref _arena, arena);
        }
        while ((_count + firms) * 2 > _tags.Length)
        {
            Grow();
        }
    }

    /// <summary>The hash <see cref="Register"/> needs, of the wave and the identifier; never 0, which marks an empty slot.</summary>
    public static ulong Hash(int year, ReadOnlySpan<byte> id)
    {
        // FNV-1a, 64 bits.
        var hash = 14695981039346656037UL ^ (uint)year;
        foreach (var b in id)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }
        return hash == 0 ? 1 : hash;
    }

    /// <summary>Records the firm, or returns the file index and line where it was already seen in the same wave.</summary>
    public (int File, long Line)? Register(ulong hash, int year, ReadOnlySpan<byte> id, int file, long line)
    {
        var mask = _tags.Length - 1;
        var slot = (int)(hash & (ulong)mask);
        var tag = Tag(hash);
        while (_tags[slot] != 0)
        {
            if (_tags[slot] == tag && Same(_entries[slot], year, id))
            {
                var seen = _arena.AsSpan(_entries[slot]);
                return (BinaryPrimitives.ReadInt32LittleEndian(seen[4..]), BinaryPrimitives.ReadInt64LittleEndian(seen[8..]));
            }
            slot = (slot + 1) & mask;
        }
        _tags[slot] = tag;
        _entries[slot] = Append(year, id, file, line);
        if (++_count * 2 > _tags.Length)
        {
            Grow();
        }
        return null;
    }

    public static string Text(ReadOnlySpan<byte> id) => Encoding.UTF8.GetString(id);

    /// <summary>The bits of a hash a slot keeps: the upper half (the lower half chose the slot), never 0.</summary>
    private static uint Tag(ulong hash) => (uint)(hash >> 32) | 1;

    private bool Same(int offset, int year, ReadOnlySpan<byte> id)
    {
        var entry = _arena.AsSpan(offset);
        var length = BinaryPrimitives.ReadInt32LittleEndian(entry[16..]);
        return BinaryPrimitives.ReadInt32LittleEndian(entry) == year && entry.Slice(HeaderBytes, length).SequenceEqual(id);
    }

    private int Append(int year, ReadOnlySpan<byte> id, int file, long line)
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
        var offset = _used;
        _used += size;
        return offset;
    }

    private void Grow()
    {
        // Entries move by their identifier's hash, computed again: the table keeps only part of it.
        var tags = new uint[_tags.Length * 2];
        var entries = new int[tags.Length];
        var mask = tags.Length - 1;
        for (var i = 0; i < _tags.Length; i++)
        {
            if (_tags[i] != 0)
            {
                var entry = _arena.AsSpan(_entries[i]);
                var hash = Hash(BinaryPrimitives.ReadInt32LittleEndian(entry), entry.Slice(HeaderBytes, BinaryPrimitives.ReadInt32LittleEndian(entry[16..])));
                var slot = (int)(hash & (ulong)mask);
                while (tags[slot] != 0)
                {
                    slot = (slot + 1) & mask;
                }
                tags[slot] = _tags[i];
                entries[slot] = _entries[i];
            }
        }
        (_tags, _entries) = (tags, entries);
    }
}
