using System.Globalization;
using System.Text;
using System.Text.Unicode;
using RoiReport.Core.Survey;

namespace RoiReport.Ingest.Csv;

/// <summary>
/// Reads one field's UTF-8 bytes as the schema needs it. Each method returns false with a message
/// saying what was wrong and what was expected.
/// </summary>
internal static class FieldParser
{
    public const int MinYear = 1990;
    public const int MaxYear = 2100;

    /// <summary>
    /// Bounds that keep every hourly return and every sum of them finite: no survey answer comes
    /// near them, and a value past them is a typing or export error.
    /// </summary>
    public const double MaxAmount = 1e15;
    public const double MinPositiveHours = 0.001;

    /// <summary>The field without spaces and tabs around it.</summary>
    public static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> field)
    {
        var start = 0;
        while (start < field.Length && field[start] is (byte)' ' or (byte)'\t')
        {
            start++;
        }
        var end = field.Length;
        while (end > start && field[end - 1] is (byte)' ' or (byte)'\t')
        {
            end--;
        }
        return field[start..end];
    }

    /// <summary>A non-negative amount or number of hours; blank is null (not zero).</summary>
    public static bool TryAmount(ReadOnlySpan<byte> field, out double? value, out string problem) =>
        TryAmount(field, out value, out problem, "a loss shows as direct costs above sales, not as negative sales");

    /// <summary>A non-negative number that is not a channel's sales or costs (months, a cost per hour); blank is null.</summary>
    public static bool TryNumber(ReadOnlySpan<byte> field, out double? value, out string problem) =>
        TryAmount(field, out value, out problem, "or blank if unknown");

    private static bool TryAmount(ReadOnlySpan<byte> field, out double? value, out string problem, string negative)
    {
        field = Trim(field);
        value = null;
        problem = "";
        if (field.IsEmpty)
        {
            return true;
        }
        if (!TryPlainDecimal(field, out var number) && (!double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out number) || !double.IsFinite(number)))
        {
            problem = $"{Quote(field)} is not a number, expected a plain number such as 1250 or 1250.50 (no currency signs or thousands separators), or blank if unknown";
            return false;
        }
        if (number < 0)
        {
            problem = $"{Quote(field)} is negative, expected a number of at least 0 ({negative})";
            return false;
        }
        if (number >= MaxAmount)
        {
            problem = $"{Quote(field)} is too large to be a survey answer, expected a number below 1,000,000,000,000,000";
            return false;
        }
        value = number + 0.0; // -0 becomes +0
        return true;
    }

    private static readonly double[] PowersOfTen = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

    /// <summary>
    /// A plain decimal such as 1250 or 1250.50, read to the same double as <see cref="double.Parse(string)"/>
    /// but several times faster (Clinger's fast path): with at most 15 significant digits and 22
    /// decimals, the digits and the power of ten are exact doubles, and one division of exact
    /// operands is correctly rounded. Anything else (signs, exponents, more digits) is left to
    /// double.TryParse.
    /// </summary>
    private static bool TryPlainDecimal(ReadOnlySpan<byte> field, out double value)
    {
        const ulong SixteenDigits = 1_000_000_000_000_000;
        value = 0;
        ulong digits = 0;
        var i = 0;
        for (; i < field.Length && IsDigit(field[i]); i++)
        {
            digits = (digits * 10) + (ulong)(field[i] - '0');
            if (digits >= SixteenDigits)
            {
                return false;
            }
        }
        var integerDigits = i;
        var decimals = 0;
        if (i < field.Length && field[i] == (byte)'.')
        {
            for (i++; i < field.Length && IsDigit(field[i]); i++)
            {
                digits = (digits * 10) + (ulong)(field[i] - '0');
                if (digits >= SixteenDigits || ++decimals == PowersOfTen.Length)
                {
                    return false;
                }
            }
        }
        if (i != field.Length || integerDigits + decimals == 0)
        {
            return false;
        }
        value = decimals > 0 ? digits / PowersOfTen[decimals] : digits;
        return true;
    }

    private static bool IsDigit(byte b) => (uint)(b - '0') <= 9;

    /// <summary>Hours: an amount that is either 0 or at least <see cref="MinPositiveHours"/>.</summary>
    public static bool TryHours(ReadOnlySpan<byte> field, out double? value, out string problem)
    {
        if (!TryAmount(field, out value, out problem))
        {
            return false;
        }
        if (value is > 0 and < MinPositiveHours)
        {
            problem = $"{Quote(Trim(field))} is too small to be hours, expected 0 or at least 0.001";
            value = null;
            return false;
        }
        return true;
    }

    /// <summary>A positive, finite frequency weight; not blank.</summary>
    public static bool TryWeight(ReadOnlySpan<byte> field, out double value, out string problem)
    {
        value = 0;
        if (!TryAmount(field, out var weight, out problem))
        {
            return false;
        }
        if (weight is not > 0)
        {
            problem = weight is null
                ? "is blank, expected a positive weight (this file has a weight column, so every row needs one)"
                : $"{Quote(Trim(field))} is not positive, expected a weight above 0";
            return false;
        }
        value = weight.Value;
        return true;
    }

    public static bool TryYear(ReadOnlySpan<byte> field, out int year, out string problem)
    {
        field = Trim(field);
        problem = "";
        if ((!TryShortNumber(field, out year) && !int.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out year)) || year < MinYear || year > MaxYear)
        {
            problem = field.IsEmpty
                ? $"is blank, expected the wave's year, a whole number from {MinYear} to {MaxYear}"
                : $"{Quote(field)} is not a survey year, expected a whole number from {MinYear} to {MaxYear} such as 2025";
            return false;
        }
        return true;
    }

    /// <summary>Up to nine digits and nothing else: what <see cref="int.TryParse(ReadOnlySpan{byte}, NumberStyles, IFormatProvider, out int)"/> reads with no styles, without its generality.</summary>
    private static bool TryShortNumber(ReadOnlySpan<byte> field, out int number)
    {
        number = 0;
        if (field.IsEmpty || field.Length > 9)
        {
            return false;
        }
        foreach (var b in field)
        {
            if (!IsDigit(b))
            {
                return false;
            }
            number = (number * 10) + (b - '0');
        }
        return true;
    }

    public static bool TrySegment(ReadOnlySpan<byte> field, out Segment segment, out string problem)
    {
        problem = "";
        var trimmed = Trim(field);
        // B2B or B2C in ASCII, in any case, as nearly every file has them; anything else is decoded.
        if (trimmed.Length == 3 && (trimmed[0] | 0x20) == 'b' && trimmed[1] == '2' && (trimmed[2] | 0x20) is 'b' or 'c')
        {
            segment = (trimmed[2] | 0x20) == 'b' ? Segment.B2B : Segment.B2C;
            return true;
        }
        Span<char> text = stackalloc char[16];
        if (trimmed.Length <= text.Length && Encoding.UTF8.TryGetChars(trimmed, text, out var written)
            && SegmentNames.TryParse(text[..written], out segment))
        {
            return true;
        }
        segment = default;
        problem = trimmed.IsEmpty ? "is blank, expected B2B or B2C" : $"unknown segment {Quote(trimmed)}, expected B2B or B2C";
        return false;
    }

    /// <summary>An identifier's bytes, trimmed; empty when blank.</summary>
    public static bool TryIdentifier(ReadOnlySpan<byte> field, out ReadOnlySpan<byte> id, out string problem)
    {
        id = Trim(field);
        problem = "";
        if (!Utf8.IsValid(id))
        {
            problem = "is not valid UTF-8 text, expected the file to be saved as UTF-8";
            return false;
        }
        return true;
    }

    /// <summary>A label, trimmed, as its number in the catalog; blank is <see cref="SurveyTableBuilder.Blank"/>.</summary>
    public static bool TryLabel(ReadOnlySpan<byte> field, LabelCatalog labels, out int id, out string problem)
    {
        field = Trim(field);
        problem = "";
        id = SurveyTableBuilder.Blank;
        if (!field.IsEmpty && !labels.TryId(field, out id))
        {
            problem = "is not valid UTF-8 text, expected the file to be saved as UTF-8";
            return false;
        }
        return true;
    }

    /// <summary>A value as it may be shown in a message: quoted, and cut short if long.</summary>
    public static string Quote(ReadOnlySpan<byte> field)
    {
        const int MaxShown = 40;
        var text = Encoding.UTF8.GetString(field.Length > MaxShown * 4 ? field[..(MaxShown * 4)] : field);
        return text.Length > MaxShown ? $"'{text[..MaxShown]}…'" : $"'{text}'";
    }
}
