namespace RoiReport.Site.Content;

/// <summary>A Markdown page of the site's input.</summary>
/// <param name="RelativePath">Within the input folder, with '/' separators: "posts/2025-wave.md".</param>
/// <param name="BodyLine">The line of the file where the Markdown body starts, for messages.</param>
public sealed record SourceDocument(string SourcePath, string RelativePath, FrontMatter FrontMatter, string Markdown, int BodyLine)
{
    public bool IsPost => RelativePath.StartsWith("posts/", StringComparison.Ordinal);

    /// <summary>Whether the page is a template, rendered once per peer group: its path names a dimension in brackets.</summary>
    public bool IsTemplate => IsTemplatePath(RelativePath);

    public static bool IsTemplatePath(string relativePath) => relativePath.Contains('[', StringComparison.Ordinal);

    /// <summary>The page's path in the site: "about/" for about.md, "" for index.md, "posts/x/" for posts/x.md.</summary>
    public string SitePath
    {
        get
        {
            var withoutExtension = RelativePath[..^".md".Length];
            if (withoutExtension == "index")
            {
                return "";
            }
            return (withoutExtension.EndsWith("/index", StringComparison.Ordinal) ? withoutExtension[..^"index".Length] : withoutExtension + "/");
        }
    }
}
