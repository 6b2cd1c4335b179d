using System.Globalization;

namespace RoiReport.Site;

/// <summary>Money per hour as readers write it: "$18.40 per hour", "−$5.91 per hour", "€1,204.50 per hour".</summary>
public sealed class Money(string currency)
{
    private static readonly Dictionary<string, string> Symbols = new(StringComparer.OrdinalIgnoreCase)
    {
        ["USD"] = "$",
        ["EUR"] = "€",
        ["GBP"] = "£",
        ["JPY"] = "¥",
        ["CAD"] = "CA$",
        ["AUD"] = "A$",
        ["NZD"] = "NZ$",
        ["INR"] = "₹",
        ["CNY"] = "CN¥",
        ["BRL"] = "R$",
        ["MXN"] = "MX$",
        ["KRW"] = "₩",
    };

    public string Currency { get; } = currency.ToUpperInvariant();

    /// <summary>The symbol placed before amounts: a sign for common currencies, else the code and a space.</summary>
    public string Symbol => Symbols.TryGetValue(Currency, out var symbol) ? symbol : Currency + " ";

    /// <summary>An amount with two decimals and thousands separators; losses take a true minus sign.</summary>
    public string Amount(double value) => Rounded(value, "N2", "−" + Symbol, Symbol);

    /// <summary>An amount as a CSV holds it: two decimals, no symbol or separator, an ASCII minus; rounded as <see cref="Amount"/> rounds.</summary>
    public static string Plain(double value) => Rounded(value, "0.00", "-", "");

    /// <summary>The magnitude to the cent, then its sign, so that a loss that rounds to nothing shows none.</summary>
    private static string Rounded(double value, string format, string negative, string positive)
    {
        var text = Math.Abs(value).ToString(format, CultureInfo.InvariantCulture);
        return (value < 0 && text != "0.00" ? negative : positive) + text;
    }

    public string PerHour(double value) => Hourly(Amount(value));

    /// <summary>An amount, already written, as a rate per hour.</summary>
    public static string Hourly(string amount) => amount + " per hour";
}
