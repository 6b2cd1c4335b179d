using System.Globalization;
using System.Text;

namespace RoiReport.Site.Output;

/// <summary>
/// The keyed files of a built site's output folder: for each, the key it was made under, and its
/// size and time of last change as written. A later build takes a file over without making,
/// reading or writing it when its key is the same and the file's size and time are unchanged, so a
/// file edited or removed by hand is made again. Kept in the build cache, for one output folder.
/// </summary>
public sealed class OutputManifest : IEarlierBuild
{
    private const string Header = "roireport-output-manifest/1";
    private readonly Dictionary<string, Entry> _entries;

    public OutputManifest(string folder, IEnumerable<Entry> entries)
    {
        Folder = Path.GetFullPath(folder);
        _entries = entries.ToDictionary(e => e.Path, StringComparer.Ordinal);
    }

    public string Folder { get; }

    public int Count => _entries.Count;

    public sealed record Entry(string Path, string Key, long Length, long LastWriteTicks)
    {
        public static Entry Of(string folder, string path, string key)
        {
            var file = new FileInfo(System.IO.Path.Combine(folder, path));
            return new Entry(path, key, file.Length, file.LastWriteTimeUtc.Ticks);
        }
    }

    public bool TryReuse(string path, string key, SiteFiles into)
    {
        if (!_entries.TryGetValue(path, out var entry) || entry.Key != key)
        {
            return false;
        }
        var file = new FileInfo(Path.Combine(Folder, path));
        if (!file.Exists || file.Length != entry.Length || file.LastWriteTimeUtc.Ticks != entry.LastWriteTicks)
        {
            return false;
        }
        into.Keep(entry);
        return true;
    }

    /// <summary>The manifest saved for <paramref name="folder"/>; empty when there is none, it is for another folder, or it cannot be read.</summary>
    public static OutputManifest Load(string file, string folder)
    {
        folder = Path.GetFullPath(folder);
        try
        {
            using var reader = new StreamReader(file, Encoding.UTF8);
            if (reader.ReadLine() != Header || reader.ReadLine() != folder)
            {
                return new OutputManifest(folder, []);
            }
            var entries = new List<Entry>();
            while (reader.ReadLine() is { } line)
            {
                var fields = line.Split('\t');
                if (fields.Length != 4
                    || !long.TryParse(fields[1], CultureInfo.InvariantCulture, out var length)
                    || !long.TryParse(fields[2], CultureInfo.InvariantCulture, out var ticks))
                {
                    return new OutputManifest(folder, []);
                }
                entries.Add(new Entry(fields[3], fields[0], length, ticks));
            }
            return new OutputManifest(folder, entries);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new OutputManifest(folder, []);
        }
    }

    public void Save(string file)
    {
        var text = new StringBuilder().Append(Header).Append('\n').Append(Folder).Append('\n');
        foreach (var entry in _entries.Values.OrderBy(e => e.Path, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"{entry.Key}\t{entry.Length}\t{entry.LastWriteTicks}\t{entry.Path}\n");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        WholeFile.Write(file, Encoding.UTF8.GetBytes(text.ToString()));
    }
}
