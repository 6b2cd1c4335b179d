using RoiReport.Core.Statistics;
using RoiReport.Core.Survey;

namespace RoiReport.Core.Tests.Statistics;

public sealed class HourlyReturnTests
{
    [Fact]
    public void Is_net_margin_per_hour_and_keeps_losses()
    {
        Assert.Equal(50.0, HourlyReturn.Of(new ChannelInput(Hours: 900, Sales: 50_000, DirectCosts: 5_000)));
        Assert.Equal(-2.5, HourlyReturn.Of(new ChannelInput(Hours: 400, Sales: 0, DirectCosts: 1_000)));
    }

    [Theory]
    [InlineData(null, 100.0, 10.0, ReturnStatus.SalesBlank)]
    [InlineData(null, null, null, ReturnStatus.SalesBlank)]
    [InlineData(100.0, null, 10.0, ReturnStatus.HoursBlank)]
    [InlineData(100.0, 0.0, 10.0, ReturnStatus.HoursZero)]
    [InlineData(100.0, 10.0, null, ReturnStatus.CostsBlank)]
    [InlineData(0.0, 10.0, 0.0, ReturnStatus.Defined)]
    public void Blank_is_not_zero(double? sales, double? hours, double? costs, ReturnStatus expected)
    {
        var input = new ChannelInput(hours, sales, costs);
        Assert.Equal(expected, HourlyReturn.Classify(input));
        Assert.Equal(expected == ReturnStatus.Defined, !double.IsNaN(HourlyReturn.Of(input)));
    }
}
