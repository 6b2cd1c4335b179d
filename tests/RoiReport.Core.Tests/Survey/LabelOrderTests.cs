using RoiReport.Core.Survey;

namespace RoiReport.Core.Tests.Survey;

public sealed class LabelOrderTests
{
    [Fact]
    public void Size_bands_come_in_the_order_of_their_numbers()
    {
        string[] bands = ["250+", "1-9", "50-249", "10-49", "1000-4999", "500-999"];
        Assert.Equal(["1-9", "10-49", "50-249", "250+", "500-999", "1000-4999"], bands.Order(LabelOrder.Instance));
    }

    [Fact]
    public void Words_come_in_ordinal_order_and_the_order_is_total()
    {
        string[] labels = ["Retail", "Health & fitness", "Hospitality", "Software", "007", "7", "Retail"];
        Assert.Equal(["007", "7", "Health & fitness", "Hospitality", "Retail", "Retail", "Software"], labels.Order(LabelOrder.Instance));
        Assert.NotEqual(0, LabelOrder.Instance.Compare("007", "7"));
        Assert.Equal(0, LabelOrder.Instance.Compare("a1", "a1"));
    }
}
