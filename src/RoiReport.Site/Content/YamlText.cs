using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RoiReport.Site.Content;

/// <summary>YAML read into YamlDotNet's node tree, with a parse error as its line and the reason alone.</summary>
public static class YamlText
{
    /// <summary>
    /// The text's first document, or null for a text with none; false after passing the line (as
    /// YamlDotNet counts it, from 1) and the reason of a parse error to <paramref name="invalid"/>.
    /// </summary>
    public static bool TryLoad(TextReader text, Action<long, string> invalid, out YamlNode? root)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(text);
        }
        catch (YamlException e)
        {
            invalid(e.Start.Line, Reason(e));
            root = null;
            return false;
        }
        root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        return true;
    }

    /// <summary>YamlDotNet's message without the position it repeats.</summary>
    private static string Reason(YamlException e)
    {
        var message = e.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return (cut >= 0 ? message[(cut + 3)..] : message).Trim().TrimEnd('.');
    }
}
