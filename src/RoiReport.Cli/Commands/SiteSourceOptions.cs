using System.CommandLine;

namespace RoiReport.Cli.Commands;

/// <summary>What a site is made from, as build and serve both take it.</summary>
internal sealed class SiteSourceOptions
{
    private readonly Option<string> _input = CommandOptions.Folder("--input", BuildCommand.DefaultInput, "the site's Markdown pages and posts");
    private readonly Option<string[]> _data = CommandOptions.Data(defaultFolder: false);
    private readonly Option<string> _theme = new("--theme")
    {
        HelpName = "FOLDER",
        Description = $"the site's own theme files (layouts, partials, assets), each replacing the built-in theme's file of the same path; default: {BuildCommand.DefaultTheme}, if that folder exists",
    };
    private readonly Option<string?> _config = CommandOptions.Config();

    public void AddTo(Command command)
    {
        command.Options.Add(_input);
        command.Options.Add(_data);
        command.Options.Add(_theme);
        command.Options.Add(_config);
    }

    /// <summary>
    /// The site's sources. Without --data and without a ./data folder, no survey files: the site is
    /// its pages alone. Without --theme and without a ./theme folder, the built-in theme alone.
    /// </summary>
    public BuildCommand.Request Bind(ParseResult parsed) => new(
        parsed.GetValue(_input)!,
        parsed.GetResult(_data) is null ? (Directory.Exists(SurveyInputs.DefaultDataFolder) ? [SurveyInputs.DefaultDataFolder] : []) : parsed.GetValue(_data)!,
        parsed.GetResult(_theme) is null ? (Directory.Exists(BuildCommand.DefaultTheme) ? BuildCommand.DefaultTheme : null) : parsed.GetValue(_theme),
        parsed.GetValue(_config),
        Output: "");
}
