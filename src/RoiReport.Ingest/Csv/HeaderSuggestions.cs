using System.Text;

namespace RoiReport.Ingest.Csv;

/// <summary>
/// For the required columns a file lacks, the header of the file each most likely is
/// ("Social media hours" for <c>sm_hours</c>), so that the error can give the <c>columns:</c> line
/// that maps it.
/// </summary>
internal static class HeaderSuggestions
{
    private const double Threshold = 0.5;

    /// <summary>The closest unmatched header for each missing column; each header is suggested once, best pairs first.</summary>
    public static Dictionary<string, string> Closest(IReadOnlyList<string> missing, IReadOnlyList<string> unmatched)
    {
        var pairs = from column in missing
                    from header in unmatched
                    let score = Similarity(column, header)
                    where score >= Threshold
                    orderby score descending, column, header
                    select (Column: column, Header: header);
        var suggestions = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (column, header) in pairs)
        {
            if (!suggestions.ContainsKey(column) && taken.Add(header))
            {
                suggestions[column] = header;
            }
        }
        return suggestions;
    }

    /// <summary>The line under <c>columns:</c> in roireport.yml that maps <paramref name="header"/> to <paramref name="column"/>, quoted where YAML needs it.</summary>
    public static string ColumnsLine(string column, string header) => $"{column}: {YamlScalar(header)}";

    /// <summary>
    /// How alike a canonical name and a header are, from 0 to 1: the better of their shared words
    /// (with <c>sm</c> read as "social media") and their spelling once separators and case are gone.
    /// </summary>
    internal static double Similarity(string column, string header)
    {
        var columnWords = Words(column);
        var headerWords = Words(header);
        var shared = columnWords.Intersect(headerWords).Count();
        var words = columnWords.Count + headerWords.Count == 0 ? 0 : 2.0 * shared / (columnWords.Count + headerWords.Count);
        var (a, b) = (string.Concat(columnWords), string.Concat(headerWords));
        var spelling = a.Length + b.Length == 0 ? 0 : 1 - (double)Distance(a, b) / Math.Max(a.Length, b.Length);
        return Math.Max(words, spelling);
    }

    private static List<string> Words(string name)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        void End()
        {
            if (word.Length > 0)
            {
                var text = word.ToString().ToLowerInvariant();
                words.AddRange(text switch
                {
                    "sm" => ["social", "media"],
                    "socialmedia" => ["social", "media"],
                    "hrs" => ["hours"],
                    "cost" => ["costs"],
                    "sale" => ["sales"],
                    "yr" or "year" => ["year"],
                    "size" or "headcount" or "employee" => ["employees"],
                    _ => [text],
                });
                word.Clear();
            }
        }
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsLetterOrDigit(c))
            {
                End();
                continue;
            }
            if (char.IsUpper(c) && i > 0 && char.IsLower(name[i - 1]))
            {
                End();
            }
            word.Append(c);
        }
        End();
        return words;
    }

    /// <summary>Levenshtein distance.</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    private static string YamlScalar(string text)
    {
        var plain = text.Length > 0 && text == text.Trim() && text.IndexOfAny(":#'\"{}[],&*!|>%@`\\".ToCharArray()) < 0
            && !char.IsDigit(text[0]) && text[0] != '-' && text[0] != '?'
            && !new[] { "true", "false", "yes", "no", "null", "on", "off", "~" }.Contains(text, StringComparer.OrdinalIgnoreCase);
        return plain ? text : "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }
}
