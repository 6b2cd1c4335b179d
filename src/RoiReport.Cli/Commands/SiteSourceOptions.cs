using System.CommandLine;

namespace RoiReport.Cli.Commands;

/// <summary>What a site is made from, as build and serve both take it.</summary>
internal sealed class SiteSourceOptions
{
    private readonly Option<string> _input = CommandOptions.Folder("--input", BuildCommand.DefaultInput, "the site's Markdown pages and posts");
    private readonly Option<string[]> _data = CommandOptions.Data(defaultFolder: false);
    private readonly Option<string> _theme = CommandOptions.Folder("--theme", BuildCommand.DefaultTheme, "the site's theme: layouts, partials, assets");
    private readonly Option<string?> _config = CommandOptions.Config();

    public void AddTo(Command command)
    {
        command.Options.Add(_input);
        command.Options.Add(_data);
        command.Options.Add(_theme);
        command.Options.Add(_config);
    }

    /// <summary>The site's sources; no survey files without --data and without a ./data folder, when the site is its pages alone.</summary>
    public BuildCommand.Request Bind(ParseResult parsed) => new(
        parsed.GetValue(_input)!,
        parsed.GetResult(_data) is null ? (Directory.Exists(SurveyInputs.DefaultDataFolder) ? [SurveyInputs.DefaultDataFolder] : []) : parsed.GetValue(_data)!,
        parsed.GetValue(_theme)!,
        parsed.GetValue(_config),
        Output: "");
}
