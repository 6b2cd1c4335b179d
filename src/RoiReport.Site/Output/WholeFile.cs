namespace RoiReport.Site.Output;

/// <summary>
/// Writes a file so that readers see the old one or the whole new one, never part of it: under a
/// hidden name beside it, then renamed over it. A write that fails leaves the old file as it was.
/// </summary>
public static class WholeFile
{
    public static void Write(string path, byte[] bytes) => Write(path, temporary => File.WriteAllBytes(temporary, bytes));

    /// <inheritdoc cref="Write(string, byte[])"/>
    public static void Write(string path, Action<Stream> write) => Write(path, temporary =>
    {
        using var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
        write(stream);
    });

    private static void Write(string path, Action<string> writeTemporary)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        // Per thread as well as per process: a build writes many files at once.
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp");
        try
        {
            writeTemporary(temporary);
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
