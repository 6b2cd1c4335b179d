using System.CommandLine;

namespace RoiReport.Cli;

/// <summary>
/// An option that takes one of the names of <typeparamref name="T"/>, in any case. Its fallback is
/// kept here rather than as a default value, whose help would show the member's own casing.
/// </summary>
internal sealed class ChoiceOption<T> : Option<T>
    where T : struct, Enum
{
    private readonly T _fallback;

    public ChoiceOption(string name, T fallback, string description)
        : base(name)
    {
        _fallback = fallback;
        var names = Enum.GetNames<T>().Select(n => n.ToLowerInvariant()).ToArray();
        HelpName = string.Join('|', names);
        Description = $"{description} [default: {fallback.ToString().ToLowerInvariant()}]";
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value;
            if (Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !char.IsDigit(text[0]))
            {
                return value;
            }
            result.AddError($"{CommandOptions.OptionName(result)} '{text}' is not one of: {string.Join(", ", names)}");
            return fallback;
        };
        CompletionSources.Add(names);
    }

    /// <summary>The value given, or the fallback when the option was not.</summary>
    public T ValueIn(ParseResult parsed) => parsed.GetResult(this) is null ? _fallback : parsed.GetValue(this);
}
