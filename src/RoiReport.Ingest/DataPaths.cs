namespace RoiReport.Ingest;

public static class DataPaths
{
    /// <summary>
    /// The CSV files named, and every *.csv file under the folders named (recursively), in ordinal
    /// order of path within each folder. Throws <see cref="FileNotFoundException"/> for a path that
    /// does not exist and <see cref="InvalidDataException"/> when nothing is found.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory
                    .EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new FileNotFoundException($"{path}: no such file or folder, expected a survey CSV file or a folder of them", path);
            }
        }
        var distinct = files.Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 0)
        {
            throw new InvalidDataException($"{string.Join(", ", paths)}: no *.csv files found, expected survey CSV files");
        }
        return distinct;
    }
}
