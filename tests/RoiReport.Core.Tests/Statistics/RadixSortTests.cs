using RoiReport.Core.Statistics;

namespace RoiReport.Core.Tests.Statistics;

public sealed class RadixSortTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(1_000)]
    [InlineData(100_000)]
    public void Numbers_end_in_ascending_order_with_equal_ones_in_row_order(int count)
    {
        var random = new Random(count);
        double[] special = [0.0, -0.0, double.Epsilon, -double.Epsilon, double.MaxValue, double.MinValue, double.PositiveInfinity, double.NegativeInfinity, 1e-300, -1e-300];
        var values = new double[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = (i % 9) switch
            {
                0 => special[random.Next(special.Length)],
                1 => Math.Round(random.NextDouble() * 10, 1) - 5,  // Many ties.
                _ => (random.NextDouble() - 0.3) * Math.Pow(10, random.Next(-5, 9)),
            };
        }
        var rows = Enumerable.Range(0, count).Select(i => i * 3).ToArray();
        var expected = values.Select((value, i) => (Value: value, Row: rows[i]))
            .OrderBy(p => p.Value).ThenBy(p => double.IsNegative(p.Value) ? 0 : 1).ThenBy(p => p.Row).ToList();

        RadixSort.Sort(values, rows);

        Assert.Equal(expected.Select(p => BitConverter.DoubleToInt64Bits(p.Value)), values.Select(BitConverter.DoubleToInt64Bits));
        Assert.Equal(expected.Select(p => p.Row), rows);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5_000)]
    [InlineData(100_000)]
    public void Keys_end_in_ascending_order_with_equal_ones_in_row_order(int count)
    {
        var random = new Random(count);
        var keys = new ulong[count];
        for (var i = 0; i < count; i++)
        {
            keys[i] = (i % 4) switch
            {
                0 => (ulong)random.Next(50),  // Many ties, in the low digits only.
                1 => ulong.MaxValue - (ulong)random.Next(3),
                _ => (ulong)random.NextInt64() << random.Next(2),
            };
        }
        var rows = Enumerable.Range(0, count).Select(i => count - i).ToArray();
        var expected = keys.Select((key, i) => (Key: key, Row: rows[i])).OrderBy(p => p.Key).ToList();  // OrderBy is stable.

        RadixSort.Sort(keys, rows);

        Assert.Equal(expected.Select(p => p.Key), keys);
        Assert.Equal(expected.Select(p => p.Row), rows);
    }

    [Fact]
    public void A_row_for_each_number_is_required()
    {
        Assert.Throws<ArgumentException>(() => RadixSort.Sort(new double[2], new int[1]));
        Assert.Throws<ArgumentException>(() => RadixSort.Sort(new ulong[1], new int[2]));
    }
}
