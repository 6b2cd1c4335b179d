using RoiReport.Tests.Shared;

namespace RoiReport.Cli.Tests;

public sealed class HelpTests
{
    [Fact]
    public void The_tool_help_lists_every_command_and_every_exit_code()
    {
        var run = CliRun.Of("--help");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        foreach (var command in CommandLine.Definition().Subcommands)
        {
            Assert.Contains($"\n  {command.Name} ", run.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        }
        foreach (var code in new[] { ExitCodes.Success, ExitCodes.InvalidData, ExitCodes.Usage, ExitCodes.InternalError })
        {
            Assert.Contains($"\n  {code} ", run.Output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("build")]
    [InlineData("serve")]
    [InlineData("benchmark")]
    [InlineData("validate")]
    [InlineData("sample")]
    [InlineData("compare")]
    [InlineData("audit")]
    [InlineData("new")]
    [InlineData("theme eject")]
    public void A_command_help_names_each_of_its_options_its_details_and_exit_codes(string path)
    {
        var names = path.Split(' ');
        var run = CliRun.Of([.. names, "--help"]);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("", run.Error);
        System.CommandLine.Command command = CommandLine.Definition();
        foreach (var name in names)
        {
            command = command.Subcommands.Single(c => c.Name == name);
        }
        foreach (var option in command.Options)
        {
            Assert.Contains(option.Name, run.Output, StringComparison.Ordinal);
        }
        Assert.Contains("Details:", run.Output, StringComparison.Ordinal);
        Assert.Contains("Exit codes:\n  0 ", run.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_are_shown_as_they_are_typed()
    {
        var build = CliRun.Of("build", "--help").Output;
        Assert.Contains("--cache <FOLDER>", build, StringComparison.Ordinal);
        Assert.Contains("[default: .roireport-cache]", build, StringComparison.Ordinal);
        Assert.Contains("[default: _site]", build, StringComparison.Ordinal);
        var benchmark = CliRun.Of("benchmark", "--help").Output;
        Assert.Contains("--format <json|csv|table>", benchmark, StringComparison.Ordinal);
        Assert.Contains("[default: json]", benchmark, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_is_shown_even_beside_a_mistake()
    {
        var run = CliRun.Of("benchmark", "--format", "xml", "--help");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("--format", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Choices_are_read_in_any_case_and_an_option_given_twice_is_a_usage_error()
    {
        using var folder = new TempFolder();
        var data = folder.Sample("a.csv", 50, 2025);
        var upper = CliRun.Of("benchmark", "--data", data, "--format", "CSV");
        Assert.Equal(ExitCodes.Success, upper.ExitCode);
        Assert.StartsWith("year,segment,", upper.Output, StringComparison.Ordinal);
        var twice = CliRun.Of("benchmark", "--data", data, "--format", "csv", "--format", "json");
        Assert.Equal(ExitCodes.Usage, twice.ExitCode);
        Assert.StartsWith("roireport: benchmark: ", twice.Error, StringComparison.Ordinal);
        Assert.Contains("'--format'", twice.Error, StringComparison.Ordinal);
    }
}
