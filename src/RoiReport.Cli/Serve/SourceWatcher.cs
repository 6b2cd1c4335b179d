using System.Collections.Concurrent;

namespace RoiReport.Cli.Serve;

/// <summary>
/// Watches the folders and files a site is built from and hands out the changed paths in batches:
/// a batch is complete once nothing has changed for a short quiet time, so an editor's save (often
/// a write, a rename and a touch) causes one rebuild.
/// </summary>
internal sealed class SourceWatcher : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(40);

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly ConcurrentQueue<string> _changes = new();
    private readonly SemaphoreSlim _signal = new(0);

    /// <param name="paths">Folders (watched with everything inside) and files; those that do not exist yet are watched for.</param>
    public SourceWatcher(IEnumerable<string> paths)
    {
        foreach (var path in paths.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal))
        {
            var folder = Directory.Exists(path) ? path : Path.GetDirectoryName(path)!;
            if (!Directory.Exists(folder))
            {
                continue;
            }
            var watcher = folder == path
                ? new FileSystemWatcher(path) { IncludeSubdirectories = true }
                : new FileSystemWatcher(folder, Path.GetFileName(path));
            watcher.NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size;
            watcher.Changed += (_, e) => Note(e.FullPath);
            watcher.Created += (_, e) => Note(e.FullPath);
            watcher.Deleted += (_, e) => Note(e.FullPath);
            watcher.Renamed += (_, e) => Note(e.FullPath);
            // Too many changes at once: rebuild anyway, from whatever the folders now hold.
            watcher.Error += (_, _) => Note(path);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>Waits for changes and returns them once they have settled, each path once.</summary>
    public async Task<IReadOnlyList<string>> NextAsync(CancellationToken cancellation)
    {
        await _signal.WaitAsync(cancellation);
        while (await _signal.WaitAsync(Quiet, cancellation))
        {
            // Still changing: wait for the quiet time again.
        }
        var changed = new List<string>();
        while (_changes.TryDequeue(out var path))
        {
            changed.Add(path);
        }
        return [.. changed.Distinct(StringComparer.Ordinal)];
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }
        _signal.Dispose();
    }

    private void Note(string path)
    {
        _changes.Enqueue(path);
        _signal.Release();
    }
}
