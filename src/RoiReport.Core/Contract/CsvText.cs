using System.Globalization;

namespace RoiReport.Core.Contract;

/// <summary>RFC 4180 fields: quoted where they hold a separator, quote or line break.</summary>
public static class CsvText
{
    /// <summary>
    /// A text field. Text that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab
    /// or a carriage return) is written quoted, after an apostrophe, as OWASP advises for CSV
    /// injection: the spreadsheet shows the text and runs nothing.
    /// </summary>
    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        var formula = value[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
        return formula || value.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + (formula ? "'" : "") + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }

    /// <summary>A number in its shortest round-trip form, invariantly; blank for null.</summary>
    public static string Number(double? value) =>
        value is { } number ? number.ToString("R", CultureInfo.InvariantCulture) : "";

    public static string Number(int? value) =>
        value is { } number ? number.ToString(CultureInfo.InvariantCulture) : "";
}
