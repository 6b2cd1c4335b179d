using System.CommandLine;
using System.Globalization;
using System.Reflection;
using System.Text;
using RoiReport.Core.Sample;
using RoiReport.Ingest;

namespace RoiReport.Cli.Commands;

/// <summary>Makes a site to start from: settings, pages that use shortcodes, the data contract, and a deployment workflow.</summary>
public sealed class NewCommand : SynchronousCommand<NewCommand.Request>
{
    private const string ResourcePrefix = "new/";
    private const int SampleYear = 2025;

    private readonly Argument<string> _folder = new("FOLDER") { Description = "the folder to make the site in; it must be empty or not exist" };
    private readonly Option<bool> _sample = new("--sample") { Description = "also write a synthetic survey wave to data/, so that the first build has figures" };

    public NewCommand()
        : base("new", "Make a new benchmark site to start from.", """
            Writes roireport.yml with every setting and a comment on each; input/index.md,
            input/methodology.md and an example post, each showing figures through shortcodes;
            data/README.md, the survey CSV contract and how to map your own headers; .gitignore; and
            .github/workflows/deploy.yml, which builds the site and publishes it to GitHub Pages.
            The theme is built in: add a file under theme/ only to change that file
            (roireport theme eject copies all of it). Then: cd FOLDER, put your CSV files in data/
            (or use --sample), roireport serve to preview, roireport build to publish.
            """)
    {
        Arguments.Add(_folder);
        Options.Add(_sample);
    }

    public sealed record Request(string Folder, bool Sample);

    protected override Request Bind(ParseResult parsed) => new(parsed.GetValue(_folder)!, parsed.GetValue(_sample));

    protected override int Run(Request request, TextWriter output, TextWriter error)
    {
        if (File.Exists(request.Folder) || (Directory.Exists(request.Folder) && Directory.EnumerateFileSystemEntries(request.Folder).Any()))
        {
            throw new UsageException($"new: {request.Folder} is not an empty folder, expected a new or empty one, so that nothing of yours is overwritten");
        }
        var files = SiteFiles().ToList();
        foreach (var (path, text) in files)
        {
            Write(Path.Combine(request.Folder, path), text);
        }
        if (request.Sample)
        {
            var responses = SampleSurvey.Generate(2000, SampleYear, seed: 1);
            using var csv = new StreamWriter(Path.Combine(request.Folder, "data", $"sample-{SampleYear}.csv"), false, new UTF8Encoding(false));
            SurveyCsvWriter.Write(responses, csv);
        }
        output.WriteLine($"made a site in {request.Folder}: {files.Count} files{(request.Sample ? $", and a synthetic {SampleYear} wave of 2,000 firms in data/" : "")}");
        output.WriteLine(request.Sample
            ? $"next: cd {request.Folder}; roireport serve (preview), roireport build (the site in _site/)"
            : $"next: cd {request.Folder}; put your survey CSV files in data/ (see data/README.md), roireport validate, then roireport serve");
        return ExitCodes.Success;
    }

    /// <summary>The new site's files, with today's date in the example post and this tool's version in the workflow.</summary>
    private static IEnumerable<(string Path, string Text)> SiteFiles()
    {
        var assembly = typeof(NewCommand).Assembly;
        var today = DateTime.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            var text = reader.ReadToEnd().Replace("date: DATE", $"date: {today}", StringComparison.Ordinal)
                .Replace("ROIREPORT_VERSION", ToolVersion(), StringComparison.Ordinal);
            yield return (name[ResourcePrefix.Length..], text);
        }
    }

    /// <summary>The package version of this tool, as <c>roireport --version</c> prints it.</summary>
    internal static string ToolVersion() =>
        typeof(NewCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }
}
