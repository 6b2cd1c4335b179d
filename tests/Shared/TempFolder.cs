using System.Text;

namespace RoiReport.Tests.Shared;

/// <summary>A folder of test files under the system's temporary folder, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "roireport-tests", Guid.NewGuid().ToString("N"));

    /// <summary>A path inside the folder.</summary>
    public string this[string relative] => System.IO.Path.Combine(Path, relative);

    /// <summary>Writes the text as UTF-8 (no byte order mark), creating the folders it needs.</summary>
    public string Write(string name, string text) => WriteBytes(name, Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string name, byte[] bytes)
    {
        var file = this[name];
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllBytes(file, bytes);
        return file;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
