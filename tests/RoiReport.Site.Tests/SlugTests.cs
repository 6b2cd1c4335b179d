namespace RoiReport.Site.Tests;

public sealed class SlugTests
{
    [Theory]
    [InlineData("B2B", "b2b")]
    [InlineData("Health & fitness", "health-and-fitness")]
    [InlineData("250+", "250-plus")]
    [InlineData("Café  Bäckerei", "cafe-backerei")]
    [InlineData("10-49", "10-49")]
    public void Labels_become_readable_path_segments(string label, string slug) => Assert.Equal(slug, Slug.Of(label));

    [Fact]
    public void Labels_that_would_share_a_slug_are_told_apart_and_never_called_all()
    {
        var slugs = Slug.ForAll(["Retail, online", "Retail online", "Software", "all", "???"]);
        Assert.NotEqual(slugs["Retail, online"], slugs["Retail online"]);
        Assert.StartsWith("retail-online-", slugs["Retail online"], StringComparison.Ordinal);
        Assert.Equal("software", slugs["Software"]);
        Assert.NotEqual("all", slugs["all"]);
        Assert.Matches("^x-[0-9a-f]{6}$", slugs["???"]);
    }
}
