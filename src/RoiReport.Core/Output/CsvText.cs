using System.Globalization;

namespace RoiReport.Core.Output;

/// <summary>RFC 4180 fields: quoted where they hold a separator, quote or line break.</summary>
public static class CsvText
{
    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }

    /// <summary>A number in its shortest round-trip form, invariantly; blank for null.</summary>
    public static string Number(double? value) =>
        value is { } number ? number.ToString("R", CultureInfo.InvariantCulture) : "";

    public static string Number(int? value) =>
        value is { } number ? number.ToString(CultureInfo.InvariantCulture) : "";
}
