namespace RoiReport.Tests.Shared;

/// <summary>The repository, and folders the tests and benchmarks set up from its own.</summary>
internal static class Folders
{
    /// <summary>The repository's root, found upwards from the running assembly.</summary>
    public static string Repository { get; } = FindRepository();

    public static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string FindRepository()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "RoiReport.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("Run inside the repository.");
    }
}
