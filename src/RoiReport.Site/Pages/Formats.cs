using System.Globalization;

namespace RoiReport.Site.Pages;

/// <summary>
/// How figures read on the pages; "–" where a figure is not published. An amount never breaks across
/// lines: a browser may break between a minus sign and a currency symbol, and at a currency code's
/// space, so a word joiner follows the minus sign and the space does not break.
/// </summary>
public sealed class Formats(Money money)
{
    public const string NotPublished = "–";

    private const string WordJoiner = "\u2060";

    private const char NoBreakSpace = '\u00A0';

    public Money Money { get; } = money;

    public string Amount(double? value) => value is { } v ? Unbroken(Money.Amount(v)) : NotPublished;

    public string PerHour(double? value) => value is { } v ? Money.Hourly(Amount(v)) : NotPublished;

    public string Interval(double? low, double? high) =>
        low is { } l && high is { } h ? $"{Amount(l)} to {Amount(h)}" : NotPublished;

    /// <summary>The amount with a word joiner after its minus sign, and a no-break space after a currency code (the only space an amount has).</summary>
    private static string Unbroken(string amount) =>
        (amount.StartsWith('−') ? "−" + WordJoiner + amount[1..] : amount).Replace(' ', NoBreakSpace);

    public static string Count(int? value) => value is { } v ? v.ToString("N0", CultureInfo.InvariantCulture) : NotPublished;

    public static string Share(double? value) =>
        value is { } v ? (v * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : NotPublished;

    public static string Bounds(Core.Benchmarks.ShareBounds? bounds) =>
        bounds is { } b ? $"{Share(b.Low)} to {Share(b.High)}" : NotPublished;

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
