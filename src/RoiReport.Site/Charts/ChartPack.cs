using System.Buffers.Binary;
using System.Text;
using Microsoft.Win32.SafeHandles;
using RoiReport.Site.Output;

namespace RoiReport.Site.Charts;

/// <summary>
/// The files of many charts in one file, each found by its key: a build writes one file rather
/// than one per chart, since creating hundreds of files costs more than writing their bytes. Written
/// whole (<see cref="Output.WholeFile"/>), so a reader sees an old pack or a new one, never part of one.
/// </summary>
/// <remarks>
/// The layout: <see cref="Magic"/>; each chart's wide SVG, narrow SVG (UTF-8) and PNG back to back;
/// the index, for each chart its key (32 bytes), where its wide SVG starts (8 bytes), the lengths of
/// the two SVGs and of the PNG (4 bytes each); then where the index starts (8 bytes), the number of charts (4 bytes) and
/// <see cref="Magic"/> again. Numbers are little-endian. A file that does not end so is no pack.
/// </remarks>
internal sealed class ChartPack : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static ReadOnlySpan<byte> Magic => "RoiReport charts 2\n"u8;
    private const int KeyLength = 32;
    private const int IndexEntryLength = KeyLength + 8 + 4 + 4 + 4;
    private const int FooterLength = 8 + 4;

    private readonly SafeFileHandle? _file;
    private readonly Dictionary<string, Entry> _entries;

    private readonly record struct Entry(long Offset, int SvgLength, int NarrowLength, int PngLength)
    {
        public long Length => (long)SvgLength + NarrowLength + PngLength;
    }

    private ChartPack(SafeFileHandle? file, Dictionary<string, Entry> entries) => (_file, _entries) = (file, entries);

    public static ChartPack Empty => new(null, new(StringComparer.Ordinal));

    /// <summary>The keys of the charts the pack holds.</summary>
    public IReadOnlyCollection<string> Keys => _entries.Keys;

    /// <summary>Opens the pack at <paramref name="path"/>: empty when there is none, or the file is not a whole pack.</summary>
    public static ChartPack Open(string path)
    {
        SafeFileHandle file;
        try
        {
            file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Empty;
        }
        if (ReadIndex(file) is { } entries)
        {
            return new ChartPack(file, entries);
        }
        file.Dispose();
        return Empty;
    }

    private static Dictionary<string, Entry>? ReadIndex(SafeFileHandle file)
    {
        var length = RandomAccess.GetLength(file);
        var tail = new byte[FooterLength + Magic.Length];
        if (length < Magic.Length + tail.Length || RandomAccess.Read(file, tail, length - tail.Length) != tail.Length || !tail.AsSpan(FooterLength).SequenceEqual(Magic))
        {
            return null;
        }
        var (start, count) = (BinaryPrimitives.ReadInt64LittleEndian(tail), BinaryPrimitives.ReadInt32LittleEndian(tail.AsSpan(8)));
        var end = length - tail.Length;
        if (count < 0 || start < Magic.Length || start + (long)count * IndexEntryLength != end)
        {
            return null;
        }
        var index = new byte[count * IndexEntryLength];
        if (RandomAccess.Read(file, index, start) != index.Length)
        {
            return null;
        }
        var entries = new Dictionary<string, Entry>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var row = index.AsSpan(i * IndexEntryLength, IndexEntryLength);
            var entry = new Entry(BinaryPrimitives.ReadInt64LittleEndian(row[KeyLength..]), BinaryPrimitives.ReadInt32LittleEndian(row[(KeyLength + 8)..]),
                BinaryPrimitives.ReadInt32LittleEndian(row[(KeyLength + 12)..]), BinaryPrimitives.ReadInt32LittleEndian(row[(KeyLength + 16)..]));
            if (entry.Offset < Magic.Length || entry.SvgLength < 0 || entry.NarrowLength < 0 || entry.PngLength < 0 || entry.Offset + entry.Length > start)
            {
                return null;
            }
            entries[Convert.ToHexStringLower(row[..KeyLength])] = entry;
        }
        return entries;
    }

    public bool Contains(string key) => _entries.ContainsKey(key);

    /// <summary>The chart's files, or null when the pack does not hold it. Safe to call in parallel.</summary>
    public ChartFiles? Read(string key)
    {
        if (_file is null || !_entries.TryGetValue(key, out var entry))
        {
            return null;
        }
        var bytes = new byte[entry.Length];
        if (RandomAccess.Read(_file, bytes, entry.Offset) != bytes.Length)
        {
            return null;
        }
        return new ChartFiles(Utf8.GetString(bytes, 0, entry.SvgLength), Utf8.GetString(bytes, entry.SvgLength, entry.NarrowLength), bytes[(entry.SvgLength + entry.NarrowLength)..]);
    }

    /// <summary>
    /// Writes a pack of the charts <paramref name="kept"/> from this one and the <paramref name="added"/>
    /// ones to <paramref name="path"/>, which may be this pack's own file.
    /// </summary>
    public void WriteTo(string path, IEnumerable<string> kept, IEnumerable<(string Key, ChartFiles Files)> added) =>
        WholeFile.Write(path, output => Write(output, kept, added));

    private void Write(Stream output, IEnumerable<string> kept, IEnumerable<(string Key, ChartFiles Files)> added)
    {
        var index = new List<(string Key, Entry Entry)>();
        output.Write(Magic);
        var buffer = Array.Empty<byte>();
        foreach (var key in kept)
        {
            var entry = _entries[key];
            if (buffer.Length < entry.Length)
            {
                buffer = new byte[entry.Length];
            }
            if (RandomAccess.Read(_file!, buffer.AsSpan(0, (int)entry.Length), entry.Offset) != entry.Length)
            {
                continue;
            }
            index.Add((key, entry with { Offset = output.Position }));
            output.Write(buffer, 0, (int)entry.Length);
        }
        foreach (var (key, files) in added)
        {
            var (svg, narrow) = (Utf8.GetBytes(files.Svg), Utf8.GetBytes(files.NarrowSvg));
            index.Add((key, new Entry(output.Position, svg.Length, narrow.Length, files.Png.Length)));
            output.Write(svg);
            output.Write(narrow);
            output.Write(files.Png);
        }
        var start = output.Position;
        Span<byte> row = stackalloc byte[IndexEntryLength];
        foreach (var (key, entry) in index)
        {
            Convert.FromHexString(key, row[..KeyLength], out _, out _);
            BinaryPrimitives.WriteInt64LittleEndian(row[KeyLength..], entry.Offset);
            BinaryPrimitives.WriteInt32LittleEndian(row[(KeyLength + 8)..], entry.SvgLength);
            BinaryPrimitives.WriteInt32LittleEndian(row[(KeyLength + 12)..], entry.NarrowLength);
            BinaryPrimitives.WriteInt32LittleEndian(row[(KeyLength + 16)..], entry.PngLength);
            output.Write(row);
        }
        Span<byte> footer = stackalloc byte[FooterLength];
        BinaryPrimitives.WriteInt64LittleEndian(footer, start);
        BinaryPrimitives.WriteInt32LittleEndian(footer[8..], index.Count);
        output.Write(footer);
        output.Write(Magic);
    }

    public void Dispose() => _file?.Dispose();
}
