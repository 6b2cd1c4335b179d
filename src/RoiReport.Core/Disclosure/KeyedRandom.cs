using System.Buffers.Binary;
using System.Security.Cryptography;

namespace RoiReport.Core.Disclosure;

/// <summary>
/// Uniform numbers that are a function of a secret key and a name (a figure, a use, a cell's or a
/// group's codes): the same data always draw the same numbers, and without the key nobody can.
/// </summary>
internal sealed class KeyedRandom(byte[] key)
{
    /// <summary>A number in [0, 1).</summary>
    public double Uniform(ProtectedFigure figure, Draw draw, ReadOnlySpan<int> codes)
    {
        Span<byte> input = stackalloc byte[key.Length + 2 + (4 * codes.Length)];
        key.CopyTo(input);
        input[key.Length] = (byte)figure;
        input[key.Length + 1] = (byte)draw;
        for (var i = 0; i < codes.Length; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(input[(key.Length + 2 + (4 * i))..], codes[i]);
        }
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(input, hash);
        return (BinaryPrimitives.ReadUInt64LittleEndian(hash) >> 11) * (1.0 / (1UL << 53));
    }

    /// <summary>Numbers of their own for another table of the same data, keyed by the table's name.</summary>
    public KeyedRandom For(string table)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(key);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes(table));
        return new KeyedRandom(hash.GetHashAndReset());
    }

    /// <summary>What a number is drawn for, so that no two uses share one.</summary>
    public enum Draw : byte
    {
        Order,
        Size,
        Sign,
        Margin,
    }
}
