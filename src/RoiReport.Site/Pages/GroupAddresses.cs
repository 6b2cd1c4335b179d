using RoiReport.Core.Benchmarks;
using RoiReport.Core.Survey;

namespace RoiReport.Site.Pages;

/// <summary>The address of every peer group of a report.</summary>
public sealed class GroupAddresses
{
    private readonly Dictionary<PeerGroupKey, GroupAddress> _addresses = [];

    public GroupAddresses(BenchmarkReport report)
    {
        Dimensions = report.Settings.Dimensions;
        var slugs = Dimensions.ToDictionary(
            d => d,
            d => Slug.ForAll(report.Groups.Select(g => g.Key[d]).OfType<string>()));
        foreach (var key in report.Groups.Select(g => g.Key))
        {
            var parts = Dimensions.Select(d => key[d] is { } label ? slugs[d][label] : "all").ToList();
            var cut = string.Join('-', parts);
            _addresses[key] = new GroupAddress(key, $"benchmarks/{key.Year}/{string.Join('/', parts)}/", cut, NameOf(key));
        }
    }

    public IReadOnlyList<Dimension> Dimensions { get; }

    public GroupAddress this[PeerGroupKey key] => _addresses[key];

    public bool TryGet(PeerGroupKey key, out GroupAddress address) => _addresses.TryGetValue(key, out address!);

    private string NameOf(PeerGroupKey key)
    {
        if (key.Level == 0)
        {
            return "All firms";
        }
        return string.Join(" · ", Dimensions.Select(d => key[d] switch
        {
            null => d switch
            {
                Dimension.Segment => "B2B and B2C",
                Dimension.Industry => "all industries",
                Dimension.Employees => "all sizes",
                _ => "all regions",
            },
            var label when d == Dimension.Employees => $"{label} employees",
            var label => label,
        }));
    }
}
