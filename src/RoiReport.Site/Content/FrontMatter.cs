namespace RoiReport.Site.Content;

/// <summary>What a Markdown page says about itself between its --- lines.</summary>
/// <param name="IncludeAll">
/// For a templated page: also render it for the groups that span the whole of a bracketed
/// dimension, with "all" in that part of the address.
/// </param>
public sealed record FrontMatter(
    string Title,
    string? Description,
    DateOnly? Date,
    bool Draft,
    string Layout,
    IReadOnlyList<string> Tags,
    bool IncludeAll = false);
