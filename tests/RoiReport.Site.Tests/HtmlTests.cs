namespace RoiReport.Site.Tests;

public sealed class HtmlTests
{
    [Fact]
    public void Escapes_markup_and_quotes_and_keeps_other_characters()
    {
        Assert.Equal("&lt;/script&gt;&lt;img src=x onerror=&quot;a&#39;&quot;&gt; &amp; B2B · €", Html.Encode("</script><img src=x onerror=\"a'\"> & B2B · €"));
    }
}
