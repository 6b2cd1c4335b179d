namespace RoiReport.Site.Shortcodes;

/// <summary>One <c>{{&lt; name "positional" key="value" &gt;}}</c> in a page, and where it stands.</summary>
/// <param name="Start">The index of its opening braces in the Markdown body.</param>
/// <param name="Line">The line of the file (front matter included) as an editor shows it.</param>
public sealed record Shortcode(
    string Name,
    IReadOnlyList<string> Positional,
    IReadOnlyDictionary<string, string> Named,
    int Start,
    int Length,
    int Line);
