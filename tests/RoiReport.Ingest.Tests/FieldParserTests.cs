using System.Globalization;
using System.Text;
using RoiReport.Core.Survey;
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

    [Theory]
    [InlineData(" 12.5\t", 12.5)]
    [InlineData("\t 7 ", 7.0)]
    [InlineData("1e3", 1000.0)]
    public void Amounts_may_have_spaces_and_tabs_around_them(string text, double expected)
    {
        Assert.True(FieldParser.TryAmount(Encoding.UTF8.GetBytes(text), out var value, out _));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData(".")]
    [InlineData("1.2.3")]
    [InlineData("12a")]
    [InlineData("a12")]
    [InlineData("1,000")]
    [InlineData("$5")]
    [InlineData("1 000")]
    [InlineData("-1")]
    [InlineData("1000000000000000")]
    public void Amounts_that_are_not_plain_non_negative_numbers_are_refused(string text)
    {
        Assert.False(FieldParser.TryAmount(Encoding.UTF8.GetBytes(text), out _, out var problem));
        Assert.NotEmpty(problem);
    }

    [Theory]
    [InlineData("2025", 2025)]
    [InlineData(" 2025\t", 2025)]
    [InlineData("02025", 2025)]
    [InlineData("0000002025", 2025)]
    [InlineData("1990", 1990)]
    [InlineData("2100", 2100)]
    public void Years_are_whole_numbers_from_1990_to_2100(string text, int expected)
    {
        Assert.True(FieldParser.TryYear(Encoding.UTF8.GetBytes(text), out var year, out _));
        Assert.Equal(expected, year);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1989")]
    [InlineData("2101")]
    [InlineData("2025.0")]
    [InlineData("+2025")]
    [InlineData("-2025")]
    [InlineData("20 25")]
    [InlineData("99999999999")]
    public void Other_years_are_refused(string text)
    {
        Assert.False(FieldParser.TryYear(Encoding.UTF8.GetBytes(text), out _, out var problem));
        Assert.NotEmpty(problem);
    }

    [Theory]
    [InlineData("B2B", Segment.B2B)]
    [InlineData("b2b", Segment.B2B)]
    [InlineData(" B2c\t", Segment.B2C)]
    [InlineData("B2C\u00A0", Segment.B2C)]
    public void Segments_are_read_in_any_case(string text, Segment expected)
    {
        Assert.True(FieldParser.TrySegment(Encoding.UTF8.GetBytes(text), out var segment, out _));
        Assert.Equal(expected, segment);
    }

    [Theory]
    [InlineData("B2X")]
    [InlineData("B2")]
    [InlineData("B2BB")]
    [InlineData("B3B")]
    [InlineData("")]
    public void Other_segments_are_refused(string text)
    {
        Assert.False(FieldParser.TrySegment(Encoding.UTF8.GetBytes(text), out _, out var problem));
        Assert.NotEmpty(problem);
    }

    [Fact]
    public void A_label_that_is_not_UTF_8_is_refused_even_after_valid_ones_like_it()
    {
        var labels = new LabelCatalog();
        Assert.True(FieldParser.TryLabel("Caf\u00E9"u8, labels, out var id, out _));
        Assert.True(FieldParser.TryLabel(" Caf\u00E9 "u8, labels, out var again, out _));
        Assert.Equal(id, again);
        Assert.False(FieldParser.TryLabel([(byte)'C', (byte)'a', (byte)'f', 0xE9], labels, out _, out var problem));
        Assert.Contains("UTF-8", problem, StringComparison.Ordinal);
    }
}
