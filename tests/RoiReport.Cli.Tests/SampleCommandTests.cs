namespace RoiReport.Cli.Tests;

public sealed class SampleCommandTests
{
    [Fact]
    public void The_same_options_give_the_same_file_and_another_seed_another()
    {
        var first = CliRun.Of("sample", "--firms", "200", "--year", "2024", "--seed", "9").Output;
        Assert.Equal(first, CliRun.Of("sample", "--firms", "200", "--year", "2024", "--seed", "9").Output);
        Assert.NotEqual(first, CliRun.Of("sample", "--firms", "200", "--year", "2024", "--seed", "10").Output);
    }

    [Fact]
    public void Writes_the_canonical_schema_with_invented_firms()
    {
        var lines = CliRun.Of("sample", "--firms", "3", "--year", "2025").Output.TrimEnd('\n').Split('\n');
        Assert.Equal("respondent_id,survey_year,segment,industry,employees,region,sales_cycle_months,sm_hours,sm_sales,sm_direct_costs,other_hours,other_sales,other_direct_costs,sm_staff_cost_per_hour,sm_years,sm_primary_platform", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.All(lines.Skip(1), l => Assert.StartsWith("SYN-2025-", l, StringComparison.Ordinal));
    }
}
