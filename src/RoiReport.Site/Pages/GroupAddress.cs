using RoiReport.Core.Benchmarks;

namespace RoiReport.Site.Pages;

/// <summary>Where a peer group lives in the site and what it is called.</summary>
/// <param name="Path">The page's site path: "benchmarks/2025/b2b/software/all/".</param>
/// <param name="Cut">The group's cut without its year, for ids: "b2b-software-all".</param>
/// <param name="Name">For people: "B2B · Software · all sizes".</param>
public sealed record GroupAddress(PeerGroupKey Key, string Path, string Cut, string Name)
{
    public string NameWithYear => $"{Name}, {Key.Year}";
}
