using RoiReport.Site.Output;

namespace RoiReport.Cli;

/// <summary>The file of an <c>--out</c> option, written whole (<see cref="WholeFile"/>) into a folder that must exist.</summary>
internal static class OutFile
{
    public static void WriteFile(string path, Action<Stream> write)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"--out {path}: the folder {folder} does not exist");
        }
        WholeFile.Write(path, write);
    }
}
