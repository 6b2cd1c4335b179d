using System.Collections.Concurrent;
using System.Text;

namespace RoiReport.Site.Output;

/// <summary>
/// The files of a built site by their path in it ("charts/trend-b2b-all-all.svg"), held in memory
/// until they are written to a folder or served. Safe to add to in parallel.
/// </summary>
public sealed class SiteFiles
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public int Count => _files.Count;

    public long Bytes => _files.Values.Sum(f => (long)f.Length);

    public IEnumerable<string> Paths => _files.Keys.Order(StringComparer.Ordinal);

    public void Add(string path, string text) => _files[path] = Utf8.GetBytes(text);

    public void Add(string path, byte[] bytes) => _files[path] = bytes;

    public bool TryGet(string path, out byte[] bytes) => _files.TryGetValue(path, out bytes!);

    /// <summary>Writes every file under <paramref name="folder"/>, creating the folders they need.</summary>
    public void WriteTo(string folder)
    {
        foreach (var directory in _files.Keys.Select(Path.GetDirectoryName).Distinct(StringComparer.Ordinal))
        {
            Directory.CreateDirectory(Path.Combine(folder, directory ?? ""));
        }
        Parallel.ForEach(_files, file => File.WriteAllBytes(Path.Combine(folder, file.Key), file.Value));
    }
}
