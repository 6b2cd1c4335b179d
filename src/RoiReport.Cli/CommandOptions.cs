using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace RoiReport.Cli;

/// <summary>The options several commands share, and the value types whose errors say what was expected.</summary>
internal static class CommandOptions
{
    /// <param name="defaultFolder">Whether ./data is the default; without it, the command decides what no --data means.</param>
    public static Option<string[]> Data(bool defaultFolder = true)
    {
        var option = new Option<string[]>("--data")
        {
            HelpName = "PATHS",
            Description = defaultFolder
                ? "survey CSV files and folders (every *.csv inside)"
                : $"survey CSV files and folders (every *.csv inside); default: {SurveyInputs.DefaultDataFolder}, if that folder exists, else a site of pages alone",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = true,
        };
        if (defaultFolder)
        {
            option.DefaultValueFactory = _ => [SurveyInputs.DefaultDataFolder];
        }
        return option;
    }

    public static Option<string?> Config() => new("--config")
    {
        HelpName = "FILE",
        Description = $"settings file; default: {RoiReport.Cli.Config.RoiReportConfig.DefaultFileName} in the current folder, if there is one",
    };

    public static Option<string> Folder(string name, string fallback, string description) => new(name)
    {
        HelpName = "FOLDER",
        Description = description,
        DefaultValueFactory = _ => fallback,
    };

    public static Option<string?> File(string name, string description) => new(name) { HelpName = "FILE", Description = description };

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static Option<int> WholeNumber(string name, int fallback, int min, int max, string description) => new(name)
    {
        HelpName = "N",
        Description = description,
        DefaultValueFactory = _ => fallback,
        CustomParser = result => ParseWholeNumber(result, min, max),
    };

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, or nothing when not given.</summary>
    public static Option<int?> OptionalWholeNumber(string name, int min, int max, string description) => new(name)
    {
        HelpName = "N",
        Description = description,
        CustomParser = result => ParseWholeNumber(result, min, max),
    };

    /// <summary>A plain number such as 1250.50.</summary>
    public static Option<double?> Number(string name, string description, bool required = false) => new(name)
    {
        HelpName = "NUMBER",
        Description = description,
        Required = required,
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value;
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
            {
                return value;
            }
            result.AddError($"{OptionName(result)} '{text}' is not a number, expected a plain number such as 1250.50");
            return null;
        },
    };

    /// <summary>One of the names of <typeparamref name="T"/>, in any case.</summary>
    public static ChoiceOption<T> Choice<T>(string name, T fallback, string description)
        where T : struct, Enum => new(name, fallback, description);

    private static int ParseWholeNumber(ArgumentResult result, int min, int max)
    {
        var text = result.Tokens[0].Value;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }
        result.AddError($"{OptionName(result)} '{text}' is not a whole number from {min} to {max}");
        return min;
    }

    internal static string OptionName(ArgumentResult result) => result.Parent is OptionResult option ? option.Option.Name : result.Argument.Name;
}
