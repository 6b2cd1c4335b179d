using RoiReport.Ingest.Csv;

namespace RoiReport.Ingest.Tests;

public sealed class HeaderSuggestionsTests
{
    [Fact]
    public void Headers_as_survey_tools_write_them_are_matched_to_their_columns()
    {
        string[] headers = ["Response ID", "Survey Year", "Segment", "Company size", "Social media hours", "SM sales", "SocialMediaDirectCosts",
            "Other marketing hours", "Other sales", "Other direct costs", "Notes", "Industry sector"];
        var missing = SurveyColumns.Required(IngestOptions.Default.Dimensions);
        var closest = HeaderSuggestions.Closest(missing, headers);
        Assert.Equal("Response ID", closest["respondent_id"]);
        Assert.Equal("Survey Year", closest["survey_year"]);
        Assert.Equal("Segment", closest["segment"]);
        Assert.Equal("Industry sector", closest["industry"]);
        Assert.Equal("Company size", closest["employees"]);
        Assert.Equal("Social media hours", closest["sm_hours"]);
        Assert.Equal("SM sales", closest["sm_sales"]);
        Assert.Equal("SocialMediaDirectCosts", closest["sm_direct_costs"]);
        Assert.Equal("Other marketing hours", closest["other_hours"]);
        Assert.Equal("Other sales", closest["other_sales"]);
        Assert.Equal("Other direct costs", closest["other_direct_costs"]);
        Assert.DoesNotContain("Notes", closest.Values);
    }

    [Fact]
    public void A_header_is_suggested_for_one_column_only_the_one_it_is_closest_to()
    {
        var closest = HeaderSuggestions.Closest(["sm_sales", "other_sales"], ["Sales"]);
        Assert.Single(closest);
        Assert.Equal(["Sales"], closest.Values);
    }

    [Fact]
    public void Nothing_is_suggested_from_unrelated_headers()
    {
        Assert.Empty(HeaderSuggestions.Closest(["sm_hours", "respondent_id"], ["Notes", "Country", "Q17"]));
    }

    [Theory]
    [InlineData("Social media hours", "sm_hours: Social media hours")]
    [InlineData("Hours: social", "sm_hours: \"Hours: social\"")]
    [InlineData("#hours", "sm_hours: \"#hours\"")]
    [InlineData("say \"hours\"", "sm_hours: \"say \\\"hours\\\"\"")]
    [InlineData("2025 hours", "sm_hours: \"2025 hours\"")]
    [InlineData("yes", "sm_hours: \"yes\"")]
    [InlineData(" padded ", "sm_hours: \" padded \"")]
    public void The_columns_line_quotes_what_YAML_would_misread(string header, string line)
    {
        Assert.Equal(line, HeaderSuggestions.ColumnsLine("sm_hours", header));
    }
}
