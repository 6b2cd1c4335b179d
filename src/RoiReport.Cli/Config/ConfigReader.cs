using System.Globalization;
using RoiReport.Core.Benchmarks;
using RoiReport.Core.Diagnostics;
using RoiReport.Core.Survey;
using RoiReport.Ingest;
using RoiReport.Site;
using RoiReport.Site.Content;
using YamlDotNet.RepresentationModel;

namespace RoiReport.Cli.Config;

/// <summary>
/// Reads roireport.yml strictly: an unknown or misspelt setting is an error with its line, not
/// something silently ignored.
/// </summary>
public static class ConfigReader
{
    private static readonly string[] TopLevel = ["columns", "drop", "survey", "benchmark", "site"];
    private static readonly string[] SurveyKeys = ["period_months"];
    private static readonly string[] BenchmarkKeys = ["dimensions", "min_n", "cuts"];
    private const int MaxEdges = 20;
    private static readonly string[] SiteKeys = ["title", "description", "base_url", "currency", "language", "publisher"];

    internal const string BaseUrlExpected = "is not a web address, expected https://example.org/benchmark/ or a path such as /benchmark/";

    /// <summary>Where a site is published, ending in a slash: an http(s) address or a path from the host's root; null when it is neither.</summary>
    internal static string? BaseUrl(string text)
    {
        var url = text.EndsWith('/') ? text : text + "/";
        return url.StartsWith('/') || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https") ? url : null;
    }

    /// <summary>Reads the file; problems go into the bag, and the defaults stand in for what could not be read.</summary>
    public static RoiReportConfig Read(string path, DiagnosticBag problems)
    {
        YamlNode? document;
        try
        {
            using var text = File.OpenText(path);
            if (!YamlText.TryLoad(text, (line, reason) => problems.Add(new Diagnostic(path, line, "yaml", $"{reason}, expected valid YAML")), out document))
            {
                return RoiReportConfig.Default;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new Diagnostic(path, 0, "file", $"cannot be read ({e.Message})"));
            return RoiReportConfig.Default;
        }
        if (document is null or YamlScalarNode { Value: null or "" })
        {
            return RoiReportConfig.Default;
        }
        var settings = new SettingsReader(path, problems);
        if (settings.Mapping(document, "roireport.yml") is not { } root)
        {
            return RoiReportConfig.Default;
        }

        var ingest = IngestOptions.Default;
        var benchmark = BenchmarkSettings.Default;
        var site = SiteOptions.Default;
        var periodMonths = CutSettings.Default.PeriodMonths;
        foreach (var (keyNode, value) in root.Children)
        {
            switch (settings.Key(keyNode, TopLevel))
            {
                case "columns":
                    ingest = ingest with { ColumnAliases = settings.Columns(value) };
                    break;
                case "drop":
                    ingest = ingest with { DroppedColumns = settings.Strings(value, "drop").ToHashSet(StringComparer.OrdinalIgnoreCase) };
                    break;
                case "survey":
                    periodMonths = settings.PeriodMonths(value) ?? periodMonths;
                    break;
                case "benchmark":
                    benchmark = settings.Benchmark(value, benchmark);
                    break;
                case "site":
                    site = settings.Site(value, site);
                    break;
            }
        }
        benchmark = benchmark with { Cuts = benchmark.Cuts with { PeriodMonths = periodMonths } };
        return new RoiReportConfig(ingest with { Dimensions = benchmark.Dimensions, Cuts = benchmark.Cuts }, benchmark, site);
    }

    private sealed class SettingsReader(string path, DiagnosticBag problems)
    {
        private void Fail(YamlNode node, string subject, string message) =>
            problems.Add(new Diagnostic(path, node.Start.Line, subject, message));

        public YamlMappingNode? Mapping(YamlNode node, string subject)
        {
            if (node is YamlMappingNode mapping)
            {
                return mapping;
            }
            Fail(node, subject, "expected a mapping of settings (name: value)");
            return null;
        }

        public string? Key(YamlNode node, string[] allowed)
        {
            var key = (node as YamlScalarNode)?.Value;
            if (key is not null && allowed.Contains(key))
            {
                return key;
            }
            Fail(node, key ?? "(key)", $"unknown setting, expected one of: {string.Join(", ", allowed)}");
            return null;
        }

        public IReadOnlyDictionary<string, string> Columns(YamlNode node)
        {
            var aliases = new Dictionary<string, string>();
            if (Mapping(node, "columns") is not { } mapping)
            {
                return aliases;
            }
            foreach (var (keyNode, valueNode) in mapping.Children)
            {
                var canonical = (keyNode as YamlScalarNode)?.Value ?? "";
                if (!SurveyColumns.All.Contains(canonical))
                {
                    Fail(keyNode, $"columns.{canonical}", $"not a column of the schema, expected one of: {string.Join(", ", SurveyColumns.All)} (write canonical_name: Header In Your File)");
                    continue;
                }
                if (valueNode is YamlScalarNode { Value: { Length: > 0 } header })
                {
                    aliases[canonical] = header;
                }
                else
                {
                    Fail(valueNode, $"columns.{canonical}", "expected the header name your files use for this column");
                }
            }
            return aliases;
        }

        public IEnumerable<string> Strings(YamlNode node, string subject)
        {
            if (node is YamlScalarNode { Value: { Length: > 0 } single })
            {
                return [single];
            }
            if (node is YamlSequenceNode sequence)
            {
                var values = new List<string>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { Length: > 0 } value })
                    {
                        values.Add(value);
                    }
                    else
                    {
                        Fail(item, subject, "expected a column name");
                    }
                }
                return values;
            }
            Fail(node, subject, "expected a list of column names, such as [contact_email, notes]");
            return [];
        }

        public BenchmarkSettings Benchmark(YamlNode node, BenchmarkSettings settings)
        {
            if (Mapping(node, "benchmark") is not { } mapping)
            {
                return settings;
            }
            foreach (var (keyNode, value) in mapping.Children)
            {
                switch (Key(keyNode, BenchmarkKeys))
                {
                    case "dimensions":
                        settings = settings with { Dimensions = Dimensions(value) ?? settings.Dimensions };
                        break;
                    case "min_n":
                        settings = settings with { MinN = MinN(value) ?? settings.MinN };
                        break;
                    case "cuts":
                        settings = settings with { Cuts = Cuts(value, settings.Cuts) };
                        break;
                }
            }
            return settings;
        }

        /// <summary>The survey block: the months a wave's hours were counted over.</summary>
        public double? PeriodMonths(YamlNode node)
        {
            double? months = null;
            if (Mapping(node, "survey") is not { } mapping)
            {
                return months;
            }
            foreach (var (keyNode, value) in mapping.Children)
            {
                if (Key(keyNode, SurveyKeys) is not null)
                {
                    if (value is YamlScalarNode { Value: { } text } && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var m) && m is > 0 and <= 120)
                    {
                        months = m;
                    }
                    else
                    {
                        Fail(value, "survey.period_months", "expected the months the survey's hours were counted over, a number above 0 and at most 120, such as 12");
                    }
                }
            }
            return months;
        }

        /// <summary>
        /// Each cut's band edges (a list of ascending numbers above zero), or false to leave the cut
        /// out; sm_primary_platform is true or false. Cuts not named keep their defaults.
        /// </summary>
        private CutSettings Cuts(YamlNode node, CutSettings cuts)
        {
            if (Mapping(node, "benchmark.cuts") is not { } mapping)
            {
                return cuts;
            }
            var edges = cuts.Edges.ToDictionary();
            var names = CutNames.All.Select(CutNames.Name).ToArray();
            foreach (var (keyNode, value) in mapping.Children)
            {
                if (Key(keyNode, names) is not { } name || !CutNames.TryParse(name, out var column))
                {
                    continue;
                }
                var subject = $"benchmark.cuts.{name}";
                var off = value is YamlScalarNode { Value: "false" };
                if (column == CutColumn.SmPrimaryPlatform)
                {
                    if (value is YamlScalarNode { Value: "true" or "false" } flag)
                    {
                        cuts = cuts with { Platform = flag.Value == "true" };
                    }
                    else
                    {
                        Fail(value, subject, "expected true (one band per platform) or false (no such cut)");
                    }
                    continue;
                }
                if (off)
                {
                    edges.Remove(column);
                    continue;
                }
                if (Edges(value, subject) is { } list)
                {
                    edges[column] = list;
                }
            }
            return cuts with { Edges = edges };
        }

        private List<double>? Edges(YamlNode node, string subject)
        {
            var expected = $"expected the edges between bands, ascending numbers above 0 (at most {MaxEdges}) such as [3, 12], or false to leave the cut out";
            if (node is not YamlSequenceNode sequence || sequence.Children.Count is 0 or > MaxEdges)
            {
                Fail(node, subject, expected);
                return null;
            }
            var edges = new List<double>();
            foreach (var item in sequence.Children)
            {
                if (item is not YamlScalarNode { Value: { } text } || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var edge)
                    || !double.IsFinite(edge) || edge <= 0 || (edges.Count > 0 && edge <= edges[^1]))
                {
                    Fail(item, subject, $"'{(item as YamlScalarNode)?.Value}' is out of place, {expected}");
                    return null;
                }
                edges.Add(edge);
            }
            return edges;
        }

        public SiteOptions Site(YamlNode node, SiteOptions site)
        {
            if (Mapping(node, "site") is not { } mapping)
            {
                return site;
            }
            foreach (var (keyNode, value) in mapping.Children)
            {
                var key = Key(keyNode, SiteKeys);
                if (key is null)
                {
                    continue;
                }
                if (value is not YamlScalarNode { Value: { Length: > 0 } text })
                {
                    Fail(value, $"site.{key}", "expected a text value");
                    continue;
                }
                switch (key)
                {
                    case "title":
                        site = site with { Title = text };
                        break;
                    case "description":
                        site = site with { Description = text };
                        break;
                    case "publisher":
                        site = site with { Publisher = text };
                        break;
                    case "language":
                        site = site with { Language = text };
                        break;
                    case "currency":
                        if (text.Length == 3 && text.All(char.IsAsciiLetter))
                        {
                            site = site with { Currency = text.ToUpperInvariant() };
                        }
                        else
                        {
                            Fail(value, "site.currency", $"'{text}' is not a currency code, expected three letters such as USD, EUR or GBP");
                        }
                        break;
                    case "base_url":
                        if (BaseUrl(text) is { } url)
                        {
                            site = site with { BaseUrl = url };
                        }
                        else
                        {
                            Fail(value, "site.base_url", $"'{text}' {BaseUrlExpected}");
                        }
                        break;
                }
            }
            return site;
        }

        private List<Dimension>? Dimensions(YamlNode node)
        {
            var names = Strings(node, "benchmark.dimensions").ToList();
            var dimensions = new List<Dimension>();
            foreach (var name in names)
            {
                if (!DimensionNames.TryParse(name, out var dimension))
                {
                    Fail(node, "benchmark.dimensions", $"unknown dimension '{name}', expected some of: {string.Join(", ", DimensionNames.All.Select(DimensionNames.ColumnName))}");
                    return null;
                }
                if (dimensions.Contains(dimension))
                {
                    Fail(node, "benchmark.dimensions", $"'{name}' is listed twice, expected each dimension once");
                    return null;
                }
                dimensions.Add(dimension);
            }
            if (dimensions.Count == 0)
            {
                Fail(node, "benchmark.dimensions", "is empty, expected at least one dimension, such as [segment]");
                return null;
            }
            return dimensions;
        }

        private int? MinN(YamlNode node)
        {
            if (node is YamlScalarNode { Value: { } text }
                && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var minN)
                && minN >= BenchmarkSettings.MinNFloor)
            {
                return minN;
            }
            Fail(node, "benchmark.min_n", $"expected a whole number of firms of at least {BenchmarkSettings.MinNFloor}: smaller groups are never published");
            return null;
        }
    }
}
