using RoiReport.Site.Pages;

namespace RoiReport.Site.Tests.Pages;

/// <summary>How a page writes a figure: never with a place to break inside it.</summary>
public sealed class FormatsTests
{
    [Theory]
    [InlineData("USD", -1204.5)]
    [InlineData("CHF", -3.5)]
    [InlineData("CHF", 18.4)]
    public void An_amount_has_no_break_opportunity_inside_it_and_reads_as_money_does(string currency, double value)
    {
        var money = new Money(currency);
        var formats = new Formats(money);
        foreach (var text in new[] { formats.Amount(value), formats.PerHour(value)[..^" per hour".Length] })
        {
            Assert.DoesNotContain(' ', text);
            Assert.Equal(money.Amount(value), text.Replace("\u2060", "", StringComparison.Ordinal).Replace('\u00A0', ' '));
            if (value < 0)
            {
                Assert.StartsWith("\u2212\u2060", text, StringComparison.Ordinal);
            }
        }
    }
}
