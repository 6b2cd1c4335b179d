using System.Security.Cryptography;
using System.Text;

namespace RoiReport.Site;

/// <summary>URL path segments made from labels: stable, lower-case ASCII, and distinct within a set.</summary>
public static class Slug
{
    // The build runs with invariant globalization, where string.Normalize does not decompose
    // accented letters, so the common Latin ones are spelt out here.
    private static readonly Dictionary<char, string> Latin = new()
    {
        ['à'] = "a",
        ['á'] = "a",
        ['â'] = "a",
        ['ã'] = "a",
        ['ä'] = "a",
        ['å'] = "a",
        ['æ'] = "ae",
        ['ç'] = "c",
        ['è'] = "e",
        ['é'] = "e",
        ['ê'] = "e",
        ['ë'] = "e",
        ['ì'] = "i",
        ['í'] = "i",
        ['î'] = "i",
        ['ï'] = "i",
        ['ñ'] = "n",
        ['ò'] = "o",
        ['ó'] = "o",
        ['ô'] = "o",
        ['õ'] = "o",
        ['ö'] = "o",
        ['ø'] = "o",
        ['œ'] = "oe",
        ['ù'] = "u",
        ['ú'] = "u",
        ['û'] = "u",
        ['ü'] = "u",
        ['ý'] = "y",
        ['ÿ'] = "y",
        ['ß'] = "ss",
    };

    /// <summary>"Health &amp; fitness" → "health-and-fitness", "250+" → "250-plus", "Café" → "cafe".</summary>
    public static string Of(string label)
    {
        var text = label.Replace("&", " and ", StringComparison.Ordinal).Replace("+", " plus ", StringComparison.Ordinal);
        var slug = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (Latin.TryGetValue(c, out var spelt))
            {
                slug.Append(spelt);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
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
