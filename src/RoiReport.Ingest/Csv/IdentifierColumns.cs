using System.Text;

namespace RoiReport.Ingest.Csv;

/// <summary>
/// Recognises columns that could identify a firm or a person, by their header or their values,
/// so that such data is refused rather than read (and perhaps, one day, published).
/// </summary>
internal static class IdentifierColumns
{
    private static readonly string[] EmailWords = ["email", "mail"];
    private static readonly string[] PhoneWords = ["phone", "telephone", "tel", "mobile", "fax", "cell", "cellphone"];
    private static readonly string[] WebWords = ["url", "website", "web", "homepage", "domain", "linkedin", "twitter", "instagram", "facebook"];
    private static readonly string[] AddressWords = ["address", "street", "postcode", "postal", "zip", "zipcode", "addr"];
    private static readonly string[] PersonWords = ["person", "contact", "firstname", "lastname", "surname", "fullname", "forename"];
    private static readonly string[] OrganisationWords = ["company", "firm", "organisation", "organization", "business", "employer", "brand", "legal", "trading", "registered"];
    private static readonly string[] RegistryWords = ["vat", "ein", "duns", "siren", "siret", "crn", "ssn"];

    /// <summary>Words that make "name" a category rather than a name: industry_name is an industry.</summary>
    private static readonly string[] CategoryWords = ["industry", "sector", "region", "country", "segment", "band", "category", "product", "channel", "plan", "survey", "wave", "size"];

    /// <summary>What the header suggests the column holds, or null if it looks harmless.</summary>
    public static string? ByName(string header)
    {
        var words = Words(header);
        if (words.Count == 0)
        {
            return null;
        }
        // "first_name" and "FirstName" both mean firstname.
        var joined = words.Zip(words.Skip(1), (a, b) => a + b).ToList();
        bool Any(string[] set) => words.Exists(w => set.Contains(w)) || joined.Exists(w => set.Contains(w));

        if (Any(EmailWords))
        {
            return "e-mail addresses";
        }
        if (Any(PhoneWords))
        {
            return "phone numbers";
        }
        if (Any(WebWords))
        {
            return "web addresses";
        }
        if (Any(AddressWords) || (words.Contains("ip") && words.Count <= 2))
        {
            return "addresses";
        }
        if (Any(RegistryWords) || (Any(OrganisationWords) && words.Exists(w => w is "id" or "number" or "no")))
        {
            return "registration numbers";
        }
        if (Any(PersonWords))
        {
            return "people's names";
        }
        // company, firm_name, legal_name; but not company_size or firm_age.
        if (Any(OrganisationWords) && words.TrueForAll(w => OrganisationWords.Contains(w) || w == "name"))
        {
            return "company names";
        }
        if (words.Contains("name") && !Any(CategoryWords))
        {
            return "names";
        }
        return null;
    }

    /// <summary>What a value looks like, if it is an e-mail or web address.</summary>
    public static string? ByValue(ReadOnlySpan<byte> value)
    {
        value = value.Trim(" \t"u8);
        if (value.IsEmpty || value.IndexOfAny(" \t"u8) >= 0)
        {
            return null;
        }
        var at = value.IndexOf((byte)'@');
        if (at > 0 && value[(at + 1)..].IndexOf((byte)'.') > 0)
        {
            return "e-mail addresses";
        }
        if (StartsWith(value, "http://"u8) || StartsWith(value, "https://"u8) || StartsWith(value, "www."u8))
        {
            return "web addresses";
        }
        return null;
    }

    private static bool StartsWith(ReadOnlySpan<byte> value, ReadOnlySpan<byte> prefix) =>
        value.Length >= prefix.Length && Ascii.EqualsIgnoreCase(value[..prefix.Length], prefix);

    /// <summary>Lower-case words of a header: split at non-letters and at camelCase humps, with "e mail" joined.</summary>
    private static List<string> Words(string header)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        char previous = '\0';
        foreach (var c in header.Trim())
        {
            if (!char.IsLetterOrDigit(c) || (char.IsUpper(c) && char.IsLower(previous)))
            {
                Flush();
            }
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            previous = c;
        }
        Flush();
        for (var i = words.Count - 1; i > 0; i--)
        {
            if (words[i - 1] == "e" && words[i] == "mail")
            {
                words[i - 1] = "email";
                words.RemoveAt(i);
            }
        }
        return words;

        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
    }
}
