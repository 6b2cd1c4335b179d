using System.Buffers.Binary;

namespace RoiReport.Site.Charts;

/// <summary>
/// Reads the Unicode character map (<c>cmap</c>) of a TrueType or OpenType font, and writes a copy
/// of the font whose character map holds only some characters. Every other table, and so every
/// glyph, its number and its metrics, is kept as it was.
/// </summary>
/// <remarks>
/// Why: Skia's SVG backend writes each run of text with its characters, which it finds by building
/// the typeface's whole glyph-to-character map, under FreeType's process-wide lock, for every run
/// it draws; with a font of thousands of characters that is much of a chart's time, and it does not
/// run in parallel. A map of the few hundred characters charts draw makes it cheap, and the SVG is
/// the same (figures in docs/performance.md).
/// </remarks>
public static class CharacterMap
{
    private const uint CmapTag = 0x636D6170; // "cmap"
    private const uint HeadTag = 0x68656164; // "head"

    private sealed record TableRecord(uint Tag, int Offset, int Length);

    /// <summary>Character to glyph of the font's preferred Unicode subtable (format 4 or 12), or null when it has none this can read.</summary>
    public static IReadOnlyDictionary<int, ushort>? Read(ReadOnlySpan<byte> font)
    {
        if (Tables(font) is not { } tables || tables.FirstOrDefault(t => t.Tag == CmapTag) is not { } cmapRecord)
        {
            return null;
        }
        var cmap = font.Slice(cmapRecord.Offset, cmapRecord.Length);
        if (cmap.Length < 4)
        {
            return null;
        }
        var (best, bestRank) = (-1, 0);
        var count = BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]);
        for (var i = 0; i < count && 4 + (8 * (i + 1)) <= cmap.Length; i++)
        {
            var record = cmap.Slice(4 + (8 * i), 8);
            var (platform, encoding) = (BinaryPrimitives.ReadUInt16BigEndian(record), BinaryPrimitives.ReadUInt16BigEndian(record[2..]));
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[4..]);
            if (offset < 0 || offset + 2 > cmap.Length)
            {
                continue;
            }
            var format = BinaryPrimitives.ReadUInt16BigEndian(cmap[offset..]);
            // The subtable FreeType would pick: full Unicode first, then the Basic Multilingual Plane.
            var rank = (platform, encoding, format) switch
            {
                (3, 10, 12) or (0, 4, 12) or (0, 6, 12) => 2,
                (3, 1, 4) or (0, <= 3, 4) => 1,
                _ => 0,
            };
            if (rank > bestRank)
            {
                (best, bestRank) = (offset, rank);
            }
        }
        if (best < 0)
        {
            return null;
        }
        try
        {
            return BinaryPrimitives.ReadUInt16BigEndian(cmap[best..]) == 12 ? ReadFormat12(cmap[best..]) : ReadFormat4(cmap[best..]);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>
    /// The font with a character map of <paramref name="keep"/> alone, each character with its
    /// glyph as before; characters the font has no glyph for are left out. For each glyph kept, the
    /// lowest character that maps to it in the whole font is kept as well, so that mapping glyphs
    /// back to characters gives what it gave with the whole map. Null when the font's tables or
    /// character map cannot be read.
    /// </summary>
    public static byte[]? Reduce(byte[] font, IEnumerable<int> keep)
    {
        if (Tables(font) is not { } tables || Read(font) is not { } whole)
        {
            return null;
        }
        var lowest = new Dictionary<ushort, int>();
        foreach (var (character, glyph) in whole)
        {
            if (!lowest.TryGetValue(glyph, out var known) || character < known)
            {
                lowest[glyph] = character;
            }
        }
        var kept = new Dictionary<int, ushort>();
        foreach (var character in keep)
        {
            if (whole.TryGetValue(character, out var glyph) && glyph != 0)
            {
                kept[character] = glyph;
                kept[lowest[glyph]] = glyph;
            }
        }
        return Rebuild(font, tables, Format12(kept));
    }

    /// <summary>The font with exactly this character map, or null when its tables cannot be read.</summary>
    internal static byte[]? WithMap(byte[] font, IReadOnlyDictionary<int, ushort> map) =>
        Tables(font) is { } tables ? Rebuild(font, tables, Format12(map)) : null;

    private static List<TableRecord>? Tables(ReadOnlySpan<byte> font)
    {
        if (font.Length < 12)
        {
            return null;
        }
        var version = BinaryPrimitives.ReadUInt32BigEndian(font);
        if (version is not (0x00010000 or 0x4F54544F or 0x74727565)) // 1.0, "OTTO", "true"
        {
            return null;
        }
        var count = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        var tables = new List<TableRecord>(count);
        for (var i = 0; i < count; i++)
        {
            if (12 + (16 * (i + 1)) > font.Length)
            {
                return null;
            }
            var record = font.Slice(12 + (16 * i), 16);
            var offset = BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            if (offset + (ulong)length > (ulong)font.Length)
            {
                return null;
            }
            tables.Add(new TableRecord(BinaryPrimitives.ReadUInt32BigEndian(record), (int)offset, (int)length));
        }
        return tables;
    }

    private static Dictionary<int, ushort> ReadFormat4(ReadOnlySpan<byte> table)
    {
        var map = new Dictionary<int, ushort>();
        var segments = BinaryPrimitives.ReadUInt16BigEndian(table[6..]) / 2;
        var ends = table[14..];
        var starts = ends[((segments * 2) + 2)..];
        var deltas = starts[(segments * 2)..];
        var rangeOffsets = deltas[(segments * 2)..];
        for (var s = 0; s < segments; s++)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(ends[(s * 2)..]);
            int start = BinaryPrimitives.ReadUInt16BigEndian(starts[(s * 2)..]);
            var delta = BinaryPrimitives.ReadUInt16BigEndian(deltas[(s * 2)..]);
            int rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(rangeOffsets[(s * 2)..]);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    // The offset counts from where it is stored, into the glyph array after the segments.
                    glyph = BinaryPrimitives.ReadUInt16BigEndian(rangeOffsets[((s * 2) + rangeOffset + ((c - start) * 2))..]);
                    glyph = glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
                }
                if (glyph != 0)
                {
                    map[c] = (ushort)glyph;
                }
            }
        }
        return map;
    }

    private static Dictionary<int, ushort> ReadFormat12(ReadOnlySpan<byte> table)
    {
        var map = new Dictionary<int, ushort>();
        var groups = BinaryPrimitives.ReadUInt32BigEndian(table[12..]);
        for (var g = 0; g < groups; g++)
        {
            var group = table.Slice(16 + (12 * g), 12);
            var start = BinaryPrimitives.ReadUInt32BigEndian(group);
            var end = Math.Min(BinaryPrimitives.ReadUInt32BigEndian(group[4..]), 0x10FFFF);
            var glyph = BinaryPrimitives.ReadUInt32BigEndian(group[8..]);
            for (var c = start; c <= end; c++, glyph++)
            {
                if (glyph is > 0 and <= ushort.MaxValue)
                {
                    map[(int)c] = (ushort)glyph;
                }
            }
        }
        return map;
    }

    /// <summary>A cmap table with one subtable, Windows full Unicode in format 12: runs of characters with consecutive glyphs.</summary>
    private static byte[] Format12(IReadOnlyDictionary<int, ushort> map)
    {
        var groups = new List<(int Start, int End, int Glyph)>();
        foreach (var (character, glyph) in map.OrderBy(p => p.Key))
        {
            if (groups.Count > 0 && groups[^1] is var last && last.End + 1 == character && last.Glyph + (character - last.Start) == glyph)
            {
                groups[^1] = last with { End = character };
            }
            else
            {
                groups.Add((character, character, glyph));
            }
        }
        var table = new byte[12 + 16 + (12 * groups.Count)];
        var span = table.AsSpan();
        BinaryPrimitives.WriteUInt16BigEndian(span[2..], 1); // version 0, one subtable
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], 3); // Windows
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], 10); // full Unicode
        BinaryPrimitives.WriteUInt32BigEndian(span[8..], 12);
        var subtable = span[12..];
        BinaryPrimitives.WriteUInt16BigEndian(subtable, 12);
        BinaryPrimitives.WriteUInt32BigEndian(subtable[4..], (uint)subtable.Length);
        BinaryPrimitives.WriteUInt32BigEndian(subtable[12..], (uint)groups.Count);
        for (var i = 0; i < groups.Count; i++)
        {
            var group = subtable.Slice(16 + (12 * i), 12);
            BinaryPrimitives.WriteUInt32BigEndian(group, (uint)groups[i].Start);
            BinaryPrimitives.WriteUInt32BigEndian(group[4..], (uint)groups[i].End);
            BinaryPrimitives.WriteUInt32BigEndian(group[8..], (uint)groups[i].Glyph);
        }
        return table;
    }

    /// <summary>The font with its cmap table replaced: tables in their order, each at a four-byte boundary, checksums recomputed.</summary>
    private static byte[] Rebuild(byte[] font, List<TableRecord> tables, byte[] cmap)
    {
        var directory = 12 + (16 * tables.Count);
        var contents = tables.Select(t => t.Tag == CmapTag ? cmap : font.AsSpan(t.Offset, t.Length).ToArray()).ToList();
        var size = directory + contents.Sum(c => Padded(c.Length));
        var result = new byte[size];
        font.AsSpan(0, 12).CopyTo(result);
        var offset = directory;
        var headOffset = -1;
        for (var i = 0; i < tables.Count; i++)
        {
            var content = contents[i];
            content.CopyTo(result, offset);
            if (tables[i].Tag == HeadTag && content.Length >= 12)
            {
                headOffset = offset;
                BinaryPrimitives.WriteUInt32BigEndian(result.AsSpan(offset + 8), 0);
            }
            var record = result.AsSpan(12 + (16 * i), 16);
            BinaryPrimitives.WriteUInt32BigEndian(record, tables[i].Tag);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(result.AsSpan(offset, Padded(content.Length))));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)content.Length);
            offset += Padded(content.Length);
        }
        if (headOffset >= 0)
        {
            BinaryPrimitives.WriteUInt32BigEndian(result.AsSpan(headOffset + 8), unchecked(0xB1B0AFBA - Checksum(result)));
        }
        return result;
    }

    private static int Padded(int length) => (length + 3) & ~3;

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        var sum = 0u;
        for (var i = 0; i + 4 <= data.Length; i += 4)
        {
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(data[i..]));
        }
        return sum;
    }
}
