using RoiReport.Core.Benchmarks;
using RoiReport.Core.Survey;

namespace RoiReport.Site.Pages;

/// <summary>The address of every peer group of a report.</summary>
public sealed class GroupAddresses
{
    private readonly Dictionary<PeerGroupKey, GroupAddress> _addresses = [];
    private readonly Dictionary<Dimension, IReadOnlyDictionary<string, string>> _slugs;

    public GroupAddresses(BenchmarkReport report)
    {
        Dimensions = report.Settings.Dimensions;
        _slugs = Dimensions.ToDictionary(
            d => d,
            d => Slug.ForAll(report.Groups.Select(g => g.Key[d]).OfType<string>()));
        foreach (var key in report.Groups.Select(g => g.Key))
        {
            var parts = Dimensions.Select(d => PathPart(d, key[d])).ToList();
            var cut = string.Join('-', parts);
            _addresses[key] = new GroupAddress(key, $"benchmarks/{key.Year}/{string.Join('/', parts)}/", cut, NameOf(key));
        }
    }

    public IReadOnlyList<Dimension> Dimensions { get; }

    public GroupAddress this[PeerGroupKey key] => _addresses[key];

    /// <summary>The part of a group's path for one of its dimensions: the label's slug, or "all".</summary>
    public string PathPart(Dimension dimension, string? label) => label is null ? "all" : _slugs[dimension][label];

    /// <summary>How a page names a group's label of one dimension: "B2B", or "all industries" where it spans them all.</summary>
    public static string LabelName(Dimension dimension, string? label) => label switch
    {
        null => dimension switch
        {
            Dimension.Segment => "B2B and B2C",
            Dimension.Industry => "all industries",
            Dimension.Employees => "all sizes",
            _ => "all regions",
        },
        _ when dimension == Dimension.Employees => $"{label} employees",
        _ => label,
    };

    public bool TryGet(PeerGroupKey key, out GroupAddress address) => _addresses.TryGetValue(key, out address!);

    private string NameOf(PeerGroupKey key)
    {
        if (key.Level == 0)
        {
            return "All firms";
        }
        return string.Join(" · ", Dimensions.Select(d => LabelName(d, key[d])));
    }
}
