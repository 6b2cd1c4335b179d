using RoiReport.Tests.Shared;

namespace RoiReport.Cli.Tests;

/// <summary>The repository's own folders, found upwards from the test assembly.</summary>
internal static class Repository
{
    public static string Root => Folders.Repository;

    public static string Theme => Path.Combine(Root, "theme");

    public static string Input => Path.Combine(Root, "input");

    /// <summary>The build options that point at the repository's theme and pages.</summary>
    public static string[] Site => ["--theme", Theme, "--input", Input];
}
