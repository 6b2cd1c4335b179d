namespace RoiReport.Cli.Commands;

/// <summary>Guards a build's output folder: updating it removes files, so it must be a folder of its own.</summary>
internal static class OutputFolder
{
    private static readonly string[] ProtectedNames = ["input", "data", "theme", "src", "tests", ".git"];

    /// <summary>Refuses an output folder whose replacement would delete the user's own files.</summary>
    /// <param name="sources">The folders and files the build reads, with the option that named each.</param>
    public static void Check(string output, IEnumerable<(string Option, string Path)> sources)
    {
        var target = Normalize(output);
        var current = Normalize(Directory.GetCurrentDirectory());
        if (IsSameOrInside(current, target))
        {
            throw new UsageException($"--output {output}: is the current folder or one above it, expected a folder of its own such as _site");
        }
        if (ProtectedNames.Any(name => string.Equals(target, Normalize(name), StringComparison.Ordinal)))
        {
            throw new UsageException($"--output {output}: is one of the project's own folders ({string.Join(", ", ProtectedNames)}), expected a folder of its own such as _site");
        }
        foreach (var (option, path) in sources)
        {
            var source = Normalize(path);
            if (IsSameOrInside(source, target) || IsSameOrInside(target, source))
            {
                throw new UsageException($"--output {output}: overlaps --{option} {path}, expected a separate folder");
            }
        }
        if (File.Exists(target))
        {
            throw new UsageException($"--output {output}: is a file, expected a folder");
        }
    }

    private static string Normalize(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or lies inside it.</summary>
    private static bool IsSameOrInside(string path, string folder) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
