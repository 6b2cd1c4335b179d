namespace RoiReport.Cli;

/// <summary>Writes a file so that readers see the old one or the complete new one, never half of it.</summary>
internal static class AtomicOutput
{
    public static void WriteFile(string path, Action<Stream> write)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"--out {path}: the folder {folder} does not exist");
        }
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = File.Create(temporary))
            {
                write(stream);
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
