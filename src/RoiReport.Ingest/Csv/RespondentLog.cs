using System.Buffers.Binary;
using System.Text;
using RoiReport.Core.Statistics;

namespace RoiReport.Ingest.Csv;

/// <summary>
/// Every firm taken from the survey files, in the order taken, so that the firms that appear twice
/// in one wave can be found once reading is done. Taking a firm appends a 64-bit hash of its wave
/// and identifier, computed by the parallel readers; the search sorts the hashes and looks for
/// equal neighbours. Equal identifiers have equal hashes, so unequal hashes clear every firm. Only
/// when the log also keeps the identifiers (their UTF-8 bytes, with their wave and where they were
/// read, in one growing array) can it compare the firms of equal hashes byte by byte, so that two
/// firms are never taken for one, and say where each was.
/// </summary>
/// <remarks>
/// Keeping only the hashes makes the log a few bytes a firm instead of its whole identifier, and
/// leaves the reading thread free of a hash-table lookup per firm; new memory is what a
/// million-firm read pays for most (figures in docs/performance.md).
/// </remarks>
internal sealed class RespondentLog(bool keepIdentifiers)
{
    // An entry: year (4 bytes), file index (4), line (8), identifier length (4), identifier bytes.
    private const int HeaderBytes = 20;

    private ulong[] _hashes = new ulong[1 << 10];
    private int _count;
    private byte[] _arena = [];
    private int _used;
    private int[] _entries = [];

    /// <summary>Whether <see cref="Add"/> needs the identifiers, or only their hashes.</summary>
    public bool KeepsIdentifiers => keepIdentifiers;

    /// <summary>Makes room for this many more firms at once, rather than growing step by step while they arrive.</summary>
    public void Reserve(int firms)
    {
        if (_count + firms > _hashes.Length)
        {
            Array.Resize(ref _hashes, _count + firms);
        }
        if (keepIdentifiers)
        {
            Array.Resize(ref _arena, Math.Max(_arena.Length, _used + (firms * (HeaderBytes + 16))));
            Array.Resize(ref _entries, _hashes.Length);
        }
    }

    /// <summary>The hash <see cref="Add"/> needs, of the wave and the identifier.</summary>
    public static ulong Hash(int year, ReadOnlySpan<byte> id)
    {
        // FNV-1a, 64 bits.
        var hash = 14695981039346656037UL ^ (uint)year;
        foreach (var b in id)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }
        return hash;
    }

    public void Add(ulong hash, int year, ReadOnlySpan<byte> id, int file, long line)
    {
        if (_count == _hashes.Length)
        {
            Array.Resize(ref _hashes, _count * 2);
        }
        if (keepIdentifiers)
        {
            if (_count >= _entries.Length)
            {
                Array.Resize(ref _entries, _hashes.Length);
            }
            _entries[_count] = Append(year, id, file, line);
        }
        _hashes[_count++] = hash;
    }

    /// <summary>
    /// Each firm taken again in a wave it was already taken in, in the order taken, with where it
    /// was taken first; or null when two hashes are equal and the identifiers were not kept to
    /// compare. Call it once, when every firm is taken.
    /// </summary>
    public List<Duplicate>? Duplicates()
    {
        if (!keepIdentifiers)
        {
            return AnyEqual(_hashes, _count) ? null : [];
        }
        var hashes = _hashes.AsSpan(0, _count);
        var order = new int[_count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
        // Stable: firms with equal hashes stay in the order taken.
        RadixSort.Sort(hashes, order);
        var found = new List<(int Firm, int First)>();
        for (var start = 0; start < hashes.Length;)
        {
            var end = start + 1;
            while (end < hashes.Length && hashes[end] == hashes[start])
            {
                end++;
            }
            for (var i = start + 1; i < end; i++)
            {
                for (var j = start; j < i; j++)
                {
                    if (Same(_entries[order[j]], _entries[order[i]]))
                    {
                        found.Add((order[i], order[j]));
                        break;
                    }
                }
            }
            start = end;
        }
        return [.. found.OrderBy(f => f.Firm).Select(f => Describe(_entries[f.Firm], _entries[f.First]))];
    }

    /// <summary>Whether two of the first <paramref name="count"/> hashes are equal: each half sorted on its own core, then the halves walked side by side.</summary>
    private static bool AnyEqual(ulong[] hashes, int count)
    {
        var middle = count / 2;
        Parallel.Invoke(() => RadixSort.Sort(hashes.AsSpan(0, middle)), () => RadixSort.Sort(hashes.AsSpan(middle, count - middle)));
        ReadOnlySpan<ulong> first = hashes.AsSpan(0, middle);
        ReadOnlySpan<ulong> second = hashes.AsSpan(middle, count - middle);
        if (AnyNeighboursEqual(first) || AnyNeighboursEqual(second))
        {
            return true;
        }
        for (int a = 0, b = 0; a < first.Length && b < second.Length;)
        {
            if (first[a] == second[b])
            {
                return true;
            }
            if (first[a] < second[b])
            {
                a++;
            }
            else
            {
                b++;
            }
        }
        return false;
    }

    private static bool AnyNeighboursEqual(ReadOnlySpan<ulong> sorted)
    {
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i] == sorted[i - 1])
            {
                return true;
            }
        }
        return false;
    }

    private bool Same(int first, int second)
    {
        var a = Entry(first);
        var b = Entry(second);
        return BinaryPrimitives.ReadInt32LittleEndian(a) == BinaryPrimitives.ReadInt32LittleEndian(b) && Id(a).SequenceEqual(Id(b));
    }

    private Duplicate Describe(int entry, int firstEntry)
    {
        var again = Entry(entry);
        var first = Entry(firstEntry);
        return new Duplicate(
            BinaryPrimitives.ReadInt32LittleEndian(again[4..]), BinaryPrimitives.ReadInt64LittleEndian(again[8..]),
            BinaryPrimitives.ReadInt32LittleEndian(again), Encoding.UTF8.GetString(Id(again)),
            BinaryPrimitives.ReadInt32LittleEndian(first[4..]), BinaryPrimitives.ReadInt64LittleEndian(first[8..]));
    }

    private ReadOnlySpan<byte> Entry(int offset) => _arena.AsSpan(offset);

    private static ReadOnlySpan<byte> Id(ReadOnlySpan<byte> entry) =>
        entry.Slice(HeaderBytes, BinaryPrimitives.ReadInt32LittleEndian(entry[16..]));

    private int Append(int year, ReadOnlySpan<byte> id, int file, long line)
    {
        var size = HeaderBytes + id.Length;
        if (_used + size > _arena.Length)
        {
            Array.Resize(ref _arena, Math.Max(Math.Max(_arena.Length * 2, 1 << 16), _used + size));
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

    /// <summary>A firm taken again: where, and where it was taken first.</summary>
    public readonly record struct Duplicate(int File, long Line, int Year, string Id, int FirstFile, long FirstLine);
}
