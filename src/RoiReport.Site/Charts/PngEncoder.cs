using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.IO.Compression;
using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace RoiReport.Site.Charts;

/// <summary>
/// Encodes opaque RGBA pixels as an 8-bit RGB PNG: every row with the Up filter, compressed by
/// .NET's zlib-ng at level 2, which is faster than Skia's encoder for smaller files (measured in
/// docs/performance.md).
/// </summary>
public static class PngEncoder
{
    private const int Level = 2;

    /// <summary>About how much filtered data is handed to zlib at a time: a call per row cost a sixth of the encoding.</summary>
    private const int BatchBytes = 64 * 1024;

    /// <summary>
    /// Where files are put together, kept for the next one, so that a file's only allocation is its
    /// bytes. One grown past <see cref="LargestKept"/> by an unusually large image is let go.
    /// </summary>
    private static readonly ConcurrentBag<MemoryStream> WorkingStreams = [];
    private const int LargestKept = 1 << 20;

    /// <param name="rgba">Rows of <paramref name="width"/> pixels, four bytes each, <paramref name="rowBytes"/> apart; alpha is ignored.</param>
    public static byte[] EncodeOpaque(ReadOnlySpan<byte> rgba, int width, int height, int rowBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowBytes, width * 4);
        var png = WorkingStreams.TryTake(out var kept) ? kept : new MemoryStream(128 * 1024);
        try
        {
            png.SetLength(0);
            png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
            Span<byte> header = stackalloc byte[13];
            BinaryPrimitives.WriteInt32BigEndian(header, width);
            BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
            header[8] = 8; // bits per sample
            header[9] = 2; // truecolour, no alpha
            var chunk = StartChunk(png, "IHDR"u8);
            png.Write(header);
            EndChunk(png, chunk);
            // The pixels are compressed into the file itself, within their chunk.
            chunk = StartChunk(png, "IDAT"u8);
            WritePixels(png, rgba, width, height, rowBytes);
            EndChunk(png, chunk);
            EndChunk(png, StartChunk(png, "IEND"u8));
            return png.ToArray();
        }
        finally
        {
            if (png.Capacity <= LargestKept)
            {
                WorkingStreams.Add(png);
            }
        }
    }

    private static void WritePixels(Stream output, ReadOnlySpan<byte> rgba, int width, int height, int rowBytes)
    {
        using var zlib = new ZLibStream(output, new ZLibCompressionOptions { CompressionLevel = Level }, leaveOpen: true);
        // A batch of rows at a time, so that no buffer of the whole image is allocated (a few
        // megabytes per chart, which kept the garbage collector and the kernel busy).
        var stride = width * 3;
        var rowsPerBatch = Math.Clamp(BatchBytes / (stride + 1), 1, height);
        // Four bytes more than a row, for the last 16-byte store of the repacking.
        var (above, row) = (new byte[stride + 4], new byte[stride + 4]);
        var batch = new byte[rowsPerBatch * (stride + 1)];
        var filled = 0;
        for (var y = 0; y < height; y++)
        {
            var filtered = batch.AsSpan(filled, stride + 1);
            filtered[0] = 2; // Up: each byte less the one above it
            ToRgb(rgba.Slice(y * rowBytes, width * 4), row);
            Subtract(row.AsSpan(0, stride), above.AsSpan(0, stride), filtered[1..]);
            filled += stride + 1;
            if (filled == batch.Length || y == height - 1)
            {
                zlib.Write(batch, 0, filled);
                filled = 0;
            }
            (above, row) = (row, above);
        }
    }

    // The two loops below run for every pixel of every chart; optimized from their first call,
    // they do not spend a build's first charts in unoptimized code while tiering waits.

    /// <summary>RGBA to RGB, four pixels at a time; writes up to four bytes past the row's end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ToRgb(ReadOnlySpan<byte> rgba, Span<byte> rgb)
    {
        var indices = Vector128.Create((byte)0, 1, 2, 4, 5, 6, 8, 9, 10, 12, 13, 14, 0, 0, 0, 0);
        var (from, to) = (0, 0);
        for (; from + 16 <= rgba.Length; from += 16, to += 12)
        {
            Vector128.Shuffle(Vector128.Create(rgba[from..]), indices).CopyTo(rgb[to..]);
        }
        for (; from < rgba.Length; from += 4, to += 3)
        {
            rgba.Slice(from, 3).CopyTo(rgb[to..]);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Subtract(ReadOnlySpan<byte> row, ReadOnlySpan<byte> above, Span<byte> target)
    {
        var i = 0;
        for (; i + Vector256<byte>.Count <= row.Length; i += Vector256<byte>.Count)
        {
            (Vector256.Create(row[i..]) - Vector256.Create(above[i..])).CopyTo(target[i..]);
        }
        for (; i < row.Length; i++)
        {
            target[i] = (byte)(row[i] - above[i]);
        }
    }

    /// <summary>Writes room for a chunk's length, then its type; returns where the chunk starts.</summary>
    private static int StartChunk(MemoryStream png, ReadOnlySpan<byte> type)
    {
        var start = (int)png.Length;
        png.Write([0, 0, 0, 0]);
        png.Write(type);
        return start;
    }

    /// <summary>Fills in the length of the chunk that starts at <paramref name="start"/> and appends its CRC-32, of its type and data.</summary>
    private static void EndChunk(MemoryStream png, int start)
    {
        var chunk = png.GetBuffer().AsSpan(start, (int)png.Length - start);
        BinaryPrimitives.WriteInt32BigEndian(chunk, chunk.Length - 8);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32.HashToUInt32(chunk[4..]));
        png.Write(crc);
    }
}
