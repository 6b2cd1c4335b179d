namespace RoiReport.Cli.Tests;

/// <summary>The repository's own folders, found upwards from the test assembly.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    public static string Theme => Path.Combine(Root, "theme");

    public static string Input => Path.Combine(Root, "input");

    /// <summary>The build options that point at the repository's theme and pages.</summary>
    public static string[] Site => ["--theme", Theme, "--input", Input];

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "RoiReport.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("The tests run inside the repository.");
    }
}
