namespace RoiReport.Cli.Commands;

/// <summary>
/// Replaces a build's output folder as a whole: the new output is written beside it and swapped in
/// only when complete, so a failed build leaves the previous output as it was.
/// </summary>
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

    /// <summary>Builds into a staging folder and swaps it in, unless <paramref name="build"/> returns false.</summary>
    public static bool Replace(string output, Func<string, bool> build)
    {
        var target = Normalize(output);
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(target);
        var staging = Path.Combine(parent, $".{name}.{Environment.ProcessId}.building");
        var previous = Path.Combine(parent, $".{name}.{Environment.ProcessId}.previous");
        DeleteIfPresent(staging);
        DeleteIfPresent(previous);
        try
        {
            Directory.CreateDirectory(staging);
            if (!build(staging))
            {
                DeleteIfPresent(staging);
                return false;
            }
        }
        catch
        {
            DeleteIfPresent(staging);
            throw;
        }

        var hadPrevious = Directory.Exists(target);
        if (hadPrevious)
        {
            Directory.Move(target, previous);
        }
        try
        {
            Directory.Move(staging, target);
        }
        catch
        {
            // Put the previous output back: a failed build must leave it as it was.
            if (hadPrevious)
            {
                Directory.Move(previous, target);
            }
            DeleteIfPresent(staging);
            throw;
        }
        DeleteIfPresent(previous);
        return true;
    }

    private static void DeleteIfPresent(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Normalize(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or lies inside it.</summary>
    private static bool IsSameOrInside(string path, string folder) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
