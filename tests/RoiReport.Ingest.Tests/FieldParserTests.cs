using System.Globalization;
using System.Text;
using RoiReport.Ingest.Csv;

namespace RoiReport.Ingest.Tests;

public sealed class FieldParserTests
{
    [Fact]
    public void Amounts_read_to_the_same_double_as_double_Parse()
    {
        var random = new Random(20261123);
        var shapes = new List<string> { "0", "0.0", "00012.50", ".5", "12.", "999999999999999", "0.000000000000000000001", "1234567890.12345", "12345678901234.5678", "1e3", "4.94065645841247E-320" };
        for (var i = 0; i < 200_000; i++)
        {
            string Digits(int count) => string.Concat(Enumerable.Range(0, count).Select(_ => (char)('0' + random.Next(10))));
            var fraction = random.Next(0, 3) == 0 ? "" : "." + Digits(random.Next(0, 10));
            shapes.Add(Digits(random.Next(1, 16)) + fraction);
        }
        foreach (var text in shapes)
        {
            Assert.True(FieldParser.TryAmount(Encoding.UTF8.GetBytes(text), out var value, out var problem), $"{text}: {problem}");
            var expected = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            Assert.True(BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(value!.Value), $"{text}: {value:R}, expected {expected:R}");
        }
    }
}
