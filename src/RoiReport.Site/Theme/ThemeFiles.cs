using System.Security.Cryptography;
using System.Text;

namespace RoiReport.Site.Theme;

/// <summary>One file of a theme, by its path inside the theme (<c>partials/footer.hbs</c>).</summary>
/// <param name="Source">Where it was read from, for messages: the site's own file, or the built-in theme's.</param>
public sealed record ThemeFile(string Path, string Source, byte[] Bytes);

/// <summary>
/// The files of a site's theme: the built-in theme's, each replaced by the site's own file of the
/// same path where there is one, as Hugo's lookup does. A site may hold a single partial.
/// </summary>
public sealed class ThemeFiles
{
    /// <summary>How the built-in theme's files are named in messages.</summary>
    public const string BuiltInSource = "built-in theme";

    private static readonly Lazy<IReadOnlyList<ThemeFile>> BuiltInFiles = new(ReadBuiltIn);

    private readonly SortedDictionary<string, ThemeFile> _files;

    private ThemeFiles(SortedDictionary<string, ThemeFile> files, string? folder)
    {
        _files = files;
        Folder = folder;
        Fingerprint = FingerprintOf(files.Values);
    }

    /// <summary>The site's own theme folder, when it has one.</summary>
    public string? Folder { get; }

    /// <summary>A hash of every file's path and bytes.</summary>
    public string Fingerprint { get; }

    public IEnumerable<ThemeFile> All => _files.Values;

    /// <summary>The built-in theme overlaid with the files of <paramref name="folder"/>, if one is given.</summary>
    public static ThemeFiles Load(string? folder)
    {
        var files = new SortedDictionary<string, ThemeFile>(StringComparer.Ordinal);
        foreach (var file in BuiltInFiles.Value)
        {
            files[file.Path] = file;
        }
        if (folder is not null)
        {
            foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                var relative = System.IO.Path.GetRelativePath(folder, path).Replace('\\', '/');
                files[relative] = new ThemeFile(relative, path, File.ReadAllBytes(path));
            }
        }
        return new ThemeFiles(files, folder);
    }

    /// <summary>The built-in theme alone.</summary>
    public static IReadOnlyList<ThemeFile> BuiltIn => BuiltInFiles.Value;

    public ThemeFile? this[string path] => _files.GetValueOrDefault(path);

    /// <summary>The files inside <paramref name="folder"/> (<c>layouts</c>, <c>partials</c>, <c>assets</c>), at any depth.</summary>
    public IEnumerable<ThemeFile> Under(string folder) => _files.Values.Where(f => f.Path.StartsWith(folder + "/", StringComparison.Ordinal));

    private static string FingerprintOf(IEnumerable<ThemeFile> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{file.Path} {file.Bytes.Length}\n"));
            hash.AppendData(file.Bytes);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static List<ThemeFile> ReadBuiltIn()
    {
        const string prefix = "theme/";
        var assembly = typeof(ThemeFiles).Assembly;
        var files = new List<ThemeFile>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            var path = name[prefix.Length..];
            files.Add(new ThemeFile(path, $"{BuiltInSource}/{path}", bytes.ToArray()));
        }
        return files;
    }
}
