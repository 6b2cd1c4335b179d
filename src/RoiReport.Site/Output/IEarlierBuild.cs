namespace RoiReport.Site.Output;

/// <summary>What an earlier build of the site made, so that a file made from the same inputs need not be made again.</summary>
public interface IEarlierBuild
{
    /// <summary>
    /// Puts the earlier build's file into <paramref name="into"/> and returns true when it was made
    /// under the same key and is still there as it was made.
    /// </summary>
    bool TryReuse(string path, string key, SiteFiles into);
}

/// <summary>No earlier build: everything is made.</summary>
public sealed class NoEarlierBuild : IEarlierBuild
{
    public static NoEarlierBuild Instance { get; } = new();

    public bool TryReuse(string path, string key, SiteFiles into) => false;
}
