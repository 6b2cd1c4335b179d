using System.Runtime.InteropServices;

namespace RoiReport.Core.Statistics;

/// <summary>
/// Sorts 64-bit keys ascending and carries each one's row along: a least-significant-digit radix
/// sort, which reads and writes memory in order. It is stable, so equal keys keep the order of
/// their rows. It is faster than <see cref="Array.Sort{TKey, TValue}(TKey[], TValue[])"/>, whose
/// instantiation for (double, int) is compiled when the program runs and starts unoptimized, and
/// still when that is optimized (figures in docs/performance.md).
/// </summary>
public static class RadixSort
{
    private const int DigitBits = 11;
    private const int Buckets = 1 << DigitBits;
    private const int Digits = (64 + DigitBits - 1) / DigitBits;

    /// <param name="values">Numbers, none of them NaN; sorted in place, negative zero before zero.</param>
    /// <param name="rows">Each number's row, moved with it.</param>
    public static void Sort(Span<double> values, Span<int> rows)
    {
        RequireRows(values.Length, rows);
        var keys = MemoryMarshal.Cast<double, ulong>(values);
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = Key(values[i]);
        }
        SortKeys(keys, rows);
        for (var i = 0; i < keys.Length; i++)
        {
            values[i] = Value(keys[i]);
        }
    }

    /// <param name="keys">Sorted in place.</param>
    public static void Sort(Span<ulong> keys) => SortKeys(keys, []);

    /// <param name="keys">Sorted in place.</param>
    /// <param name="rows">Each key's row, moved with it.</param>
    public static void Sort(Span<ulong> keys, Span<int> rows)
    {
        RequireRows(keys.Length, rows);
        SortKeys(keys, rows);
    }

    /// <param name="rows">Each key's row, or empty.</param>
    private static void SortKeys(Span<ulong> keys, Span<int> rows)
    {
        var counts = new int[Digits * Buckets];
        foreach (var key in keys)
        {
            for (var d = 0; d < Digits; d++)
            {
                counts[(d * Buckets) + (int)((key >> (d * DigitBits)) & (Buckets - 1))]++;
            }
        }

        Span<ulong> from = keys, to = new ulong[keys.Length];
        Span<int> fromRows = rows, toRows = new int[rows.Length];
        for (var d = 0; d < Digits; d++)
        {
            var count = counts.AsSpan(d * Buckets, Buckets);
            // A digit every key shares does not reorder them.
            if (count.Contains(keys.Length))
            {
                continue;
            }
            for (int b = 0, start = 0; b < Buckets; b++)
            {
                (count[b], start) = (start, start + count[b]);
            }
            var shift = d * DigitBits;
            for (var i = 0; i < from.Length; i++)
            {
                var at = count[(int)((from[i] >> shift) & (Buckets - 1))]++;
                to[at] = from[i];
                if (!fromRows.IsEmpty)
                {
                    toRows[at] = fromRows[i];
                }
            }
            var keysBefore = from;
            from = to;
            to = keysBefore;
            var rowsBefore = fromRows;
            fromRows = toRows;
            toRows = rowsBefore;
        }
        if (from != keys)
        {
            from.CopyTo(keys);
            fromRows.CopyTo(rows);
        }
    }

    private static void RequireRows(int keys, Span<int> rows)
    {
        if (keys != rows.Length)
        {
            throw new ArgumentException("Each key needs its row.", nameof(rows));
        }
    }

    /// <summary>The number's bits, turned so that they order as the numbers do: negative numbers' all flipped, the others' sign bit set.</summary>
    private static ulong Key(double value)
    {
        var bits = BitConverter.DoubleToUInt64Bits(value);
        return (bits & (1UL << 63)) != 0 ? ~bits : bits | (1UL << 63);
    }

    private static double Value(ulong key) =>
        BitConverter.UInt64BitsToDouble((key & (1UL << 63)) != 0 ? key & ~(1UL << 63) : ~key);
}
