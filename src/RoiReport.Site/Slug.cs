using System.Security.Cryptography;
using System.Text;

namespace RoiReport.Site;

/// <summary>URL path segments made from labels: stable, lower-case ASCII, and distinct within a set.</summary>
public static class Slug
{
    /// <summary>"Health &amp; fitness" → "health-and-fitness", "250+" → "250-plus", "B2B" → "b2b".</summary>
    public static string Of(string label)
    {
        var text = label.Replace("&", " and ", StringComparison.Ordinal).Replace("+", " plus ", StringComparison.Ordinal);
        var slug = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }
        var result = slug.ToString().Trim('-');
        return result.Length == 0 || result == "all" ? "x-" + Hash(label) : result;
    }

    /// <summary>
    /// Slugs for a set of labels: where two labels would share one, each gets a short hash of the
    /// label itself, so a label's slug never depends on which other labels exist.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ForAll(IEnumerable<string> labels)
    {
        var distinct = labels.Distinct(StringComparer.Ordinal).ToList();
        var clashing = distinct.GroupBy(Of).Where(g => g.Count() > 1).SelectMany(g => g).ToHashSet(StringComparer.Ordinal);
        return distinct.ToDictionary(l => l, l => clashing.Contains(l) ? Of(l) + "-" + Hash(l) : Of(l), StringComparer.Ordinal);
    }

    private static string Hash(string label) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(label)))[..6];
}
