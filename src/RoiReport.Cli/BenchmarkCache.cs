using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using RoiReport.Core.Benchmarks;
using RoiReport.Core.Contract;

namespace RoiReport.Cli;

/// <summary>
/// The benchmarks of the last build, kept in the build cache under a hash of everything they are
/// computed from: the name and bytes of every survey file, the bytes of the configuration, and the
/// code that reads and computes them. A build whose survey did not change reads them back instead
/// of reading the survey again. The file is the public JSON of the benchmarks, after a line with
/// the number of firms; only the newest is kept.
/// </summary>
internal sealed class BenchmarkCache(string folder)
{
    private const string Extension = ".benchmarks";

    public static string Key(IReadOnlyList<string> dataFiles, string? configFile)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));
        foreach (var assembly in new[] { typeof(BenchmarkEngine), typeof(Ingest.SurveyLoader), typeof(BenchmarkCache) }.Select(t => t.Assembly))
        {
            Add(assembly.ManifestModule.ModuleVersionId.ToString());
        }
        Add(configFile is null ? "default configuration" : $"configuration {File.ReadAllBytes(configFile).Length}");
        if (configFile is not null)
        {
            hash.AppendData(File.ReadAllBytes(configFile));
        }
        foreach (var file in dataFiles)
        {
            using var stream = File.OpenRead(file);
            Add($"{Path.GetFullPath(file)} {stream.Length}");
            var buffer = new byte[1 << 20];
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                hash.AppendData(buffer, 0, read);
            }
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The benchmarks kept under the key, with the settings they were computed with; null when there are none or they cannot be read.</summary>
    public (BenchmarkReport Report, int Firms)? Read(string key, BenchmarkSettings settings)
    {
        try
        {
            using var stream = File.OpenRead(PathOf(key));
            var firms = int.Parse(ReadLine(stream), CultureInfo.InvariantCulture);
            return (BenchmarkJsonReader.Read(stream) with { Settings = settings }, firms);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException or OverflowException)
        {
            return null;
        }
    }

    public void Write(string key, BenchmarkReport report, int firms)
    {
        Directory.CreateDirectory(folder);
        using (var bytes = new MemoryStream())
        {
            bytes.Write(Encoding.UTF8.GetBytes(firms.ToString(CultureInfo.InvariantCulture) + "\n"));
            BenchmarkJson.Write(report, bytes);
            Site.Output.WholeFile.Write(PathOf(key), bytes.ToArray());
        }
        foreach (var stale in Directory.EnumerateFiles(folder, "*" + Extension).Where(f => f != PathOf(key)))
        {
            File.Delete(stale);
        }
    }

    private string PathOf(string key) => Path.Combine(folder, key + Extension);

    private static string ReadLine(Stream stream)
    {
        var line = new StringBuilder();
        for (var b = stream.ReadByte(); b is >= 0 and not '\n'; b = stream.ReadByte())
        {
            line.Append((char)b);
        }
        return line.ToString();
    }
}
