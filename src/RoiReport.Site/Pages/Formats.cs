using System.Globalization;

namespace RoiReport.Site.Pages;

/// <summary>How figures read on the pages; "–" where a figure is not published.</summary>
public sealed class Formats(Money money)
{
    public const string NotPublished = "–";

    public Money Money { get; } = money;

    public string Amount(double? value) => value is { } v ? Money.Amount(v) : NotPublished;

    public string PerHour(double? value) => value is { } v ? Money.PerHour(v) : NotPublished;

    public string Interval(double? low, double? high) =>
        low is { } l && high is { } h ? $"{Money.Amount(l)} to {Money.Amount(h)}" : NotPublished;

    public static string Count(int? value) => value is { } v ? v.ToString("N0", CultureInfo.InvariantCulture) : NotPublished;

    public static string Share(double? value) =>
        value is { } v ? (v * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : NotPublished;

    public static string Bounds(Core.Benchmarks.ShareBounds? bounds) =>
        bounds is { } b ? $"{Share(b.Low)} to {Share(b.High)}" : NotPublished;

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
