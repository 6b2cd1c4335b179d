using System.Collections.Concurrent;
using System.Text;

namespace RoiReport.Site.Output;

/// <summary>
/// The files of a built site by their path in it ("charts/trend-b2b-all-all.svg"), held in memory
/// until they are written to a folder or served. A file may carry a key, a hash of everything it
/// was made from, so that the next build can take it over instead of making it again; as the
/// earlier build of <c>serve</c>, the files themselves are taken over. Safe to add to in parallel.
/// </summary>
public sealed class SiteFiles : IEarlierBuild
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _keys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, OutputManifest.Entry> _listed = new(StringComparer.Ordinal);

    public void Add(string path, string text, string? key = null) => Add(path, Utf8.GetBytes(text), key);

    public void Add(string path, byte[] bytes, string? key = null)
    {
        _files[path] = bytes;
        _listed.TryRemove(path, out _);
        if (key is not null)
        {
            _keys[path] = key;
        }
    }

    /// <summary>A file the output folder already holds as this build would make it, so it is neither made nor written.</summary>
    internal void Keep(OutputManifest.Entry entry) => _listed[entry.Path] = entry;

    public bool TryGet(string path, out byte[] bytes) => _files.TryGetValue(path, out bytes!);

    public bool TryReuse(string path, string key, SiteFiles into)
    {
        if (!_keys.TryGetValue(path, out var known) || known != key || !_files.TryGetValue(path, out var bytes))
        {
            return false;
        }
        into.Add(path, bytes, key);
        return true;
    }

    /// <summary>What <see cref="Update"/> did to the folder, and the manifest of the keyed files it now holds.</summary>
    public sealed record Changes(int Written, int Unchanged, int Removed, OutputManifest Manifest);

    /// <summary>
    /// Makes <paramref name="folder"/> hold exactly these files: a file whose bytes are already
    /// there is left alone, a changed or new one is written whole (to a temporary name, then moved
    /// over the old), and a file the site no longer has is removed, with the folders it leaves empty.
    /// Called only with a complete site, so a failed build never reaches the folder.
    /// </summary>
    public Changes Update(string folder)
    {
        folder = Path.GetFullPath(folder);
        Directory.CreateDirectory(folder);
        var before = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .ToHashSet(StringComparer.Ordinal);
        var written = 0;
        var entries = new ConcurrentBag<OutputManifest.Entry>(_listed.Values);
        // A folder's files at a time, the fullest folder first: the kernel creates one entry in a
        // folder at a time, so the chart files are one long job while the pages, each in a folder
        // of its own, are created beside it, folder and all (docs/performance.md).
        var folders = _files.GroupBy(file => Path.GetDirectoryName(file.Key) ?? "", StringComparer.Ordinal).OrderByDescending(files => files.Count());
        Parallel.ForEach(Partitioner.Create(folders, EnumerablePartitionerOptions.NoBuffering), files =>
        {
            Directory.CreateDirectory(Path.Combine(folder, files.Key));
            foreach (var file in files)
            {
                var target = Path.Combine(folder, file.Key);
                if (!before.Contains(file.Key) || !SameBytes(target, file.Value))
                {
                    WholeFile.Write(target, file.Value);
                    Interlocked.Increment(ref written);
                }
                if (_keys.TryGetValue(file.Key, out var key))
                {
                    entries.Add(OutputManifest.Entry.Of(folder, file.Key, key));
                }
            }
        });
        var stale = before.Where(f => !_files.ContainsKey(f) && !_listed.ContainsKey(f)).ToList();
        foreach (var file in stale)
        {
            File.Delete(Path.Combine(folder, file));
        }
        foreach (var directory in Directory.EnumerateDirectories(folder, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length))
        {
            if (!Directory.EnumerateFileSystemEntries(directory).Any())
            {
                Directory.Delete(directory);
            }
        }
        return new Changes(written, _files.Count + _listed.Count - written, stale.Count, new OutputManifest(folder, entries));
    }

    private static bool SameBytes(string path, byte[] bytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        if (stream.Length != bytes.Length)
        {
            return false;
        }
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(bytes.Length);
        try
        {
            stream.ReadExactly(buffer, 0, bytes.Length);
            return buffer.AsSpan(0, bytes.Length).SequenceEqual(bytes);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
