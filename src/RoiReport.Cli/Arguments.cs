using System.Globalization;

namespace RoiReport.Cli;

/// <summary>
/// The options of one command: <c>--name value</c>, <c>--name=value</c>, and for options that
/// take several values, <c>--name a b</c> or the option repeated.
/// </summary>
public sealed class Arguments
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);

    private Arguments(string command) => Command = command;

    public string Command { get; }

    /// <param name="multiValued">Options that may take several values.</param>
    public static Arguments Parse(string command, IReadOnlyList<string> args, IReadOnlyCollection<string> known, IReadOnlyCollection<string> multiValued)
    {
        var parsed = new Arguments(command);
        string? current = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                var (name, inline) = arg.IndexOf('=') is var eq and > 0 ? (arg[2..eq], arg[(eq + 1)..]) : (arg[2..], null);
                if (!known.Contains(name))
                {
                    throw new UsageException($"{command}: unknown option '--{name}', expected one of: {string.Join(", ", known.Select(k => "--" + k))}");
                }
                if (parsed._values.ContainsKey(name) && !multiValued.Contains(name))
                {
                    throw new UsageException($"{command}: --{name} is given twice, expected it once");
                }
                parsed._values.TryAdd(name, []);
                current = name;
                if (inline is not null)
                {
                    parsed._values[name].Add(inline);
                    current = multiValued.Contains(name) ? name : null;
                }
                continue;
            }
            if (current is null)
            {
                throw new UsageException($"{command}: unexpected argument '{arg}', expected an option such as --{known.First()}");
            }
            parsed._values[current].Add(arg);
            if (!multiValued.Contains(current))
            {
                current = null;
            }
        }
        foreach (var (name, values) in parsed._values)
        {
            if (values.Count == 0)
            {
                throw new UsageException($"{command}: --{name} needs a value");
            }
        }
        return parsed;
    }

    public bool Has(string name) => _values.ContainsKey(name);

    public string? Value(string name) => _values.TryGetValue(name, out var values) ? values[0] : null;

    public string Value(string name, string fallback) => Value(name) ?? fallback;

    public IReadOnlyList<string> Values(string name, params string[] fallback) =>
        _values.TryGetValue(name, out var values) ? values : fallback;

    public T Choice<T>(string name, T fallback)
        where T : struct, Enum
    {
        var text = Value(name);
        if (text is null)
        {
            return fallback;
        }
        if (Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !char.IsDigit(text[0]))
        {
            return value;
        }
        throw new UsageException($"{Command}: --{name} '{text}' is not one of: {string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}");
    }

    public int Integer(string name, int fallback, int min, int max)
    {
        var text = Value(name);
        if (text is null)
        {
            return fallback;
        }
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }
        throw new UsageException($"{Command}: --{name} '{text}' is not a whole number from {min} to {max}");
    }
}
