namespace RoiReport.Site.Content;

/// <summary>What a Markdown page says about itself between its --- lines.</summary>
public sealed record FrontMatter(
    string Title,
    string? Description,
    DateOnly? Date,
    bool Draft,
    string Layout,
    IReadOnlyList<string> Tags);
