using System.CommandLine;
using RoiReport.Site.Theme;

namespace RoiReport.Cli.Commands;

/// <summary>Copies the built-in theme out, for a site that wants to change more than a file or two of it.</summary>
public sealed class ThemeEjectCommand : SynchronousCommand<ThemeEjectCommand.Request>
{
    private readonly Option<string> _to = CommandOptions.Folder("--to", BuildCommand.DefaultTheme, "the folder to copy the built-in theme into");

    public ThemeEjectCommand()
        : base("eject", "Copy the built-in theme into a folder of the site, to change any of it.", """
            Writes every file of the built-in theme (layouts, partials, assets, the chart font and the
            calculator's script) into the folder, which build and serve then read before the built-in
            theme. Nothing is overwritten: if any of the files is already there, nothing is written and
            each one is named. A site that changes only a file or two needs only those files in its
            theme folder; the rest still come from the built-in theme, and improve with the tool.
            """)
    {
        Options.Add(_to);
    }

    public sealed record Request(string To);

    /// <summary>The command <c>theme</c>, whose one subcommand is <c>eject</c>.</summary>
    public static Command Group() => new("theme", "Work with the built-in theme.") { new ThemeEjectCommand() };

    protected override Request Bind(ParseResult parsed) => new(parsed.GetValue(_to)!);

    protected override int Run(Request request, TextWriter output, TextWriter error)
    {
        var files = ThemeFiles.BuiltIn;
        var existing = files.Select(f => Path.Combine(request.To, f.Path)).Where(Path.Exists).ToList();
        if (existing.Count > 0)
        {
            throw new UsageException($"theme eject: {existing.Count} of the theme's files are already in {request.To}, expected a folder without them "
                + $"(nothing was written): {string.Join(", ", existing)}");
        }
        foreach (var file in files)
        {
            var path = Path.Combine(request.To, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Bytes);
        }
        output.WriteLine($"wrote the built-in theme's {files.Count} files to {request.To}; build and serve read them before the built-in theme");
        return ExitCodes.Success;
    }
}
