namespace RoiReport.Core.Diagnostics;

/// <summary>One problem with the user's input, where it is and what was expected.</summary>
/// <param name="Line">1-based, as an editor counts lines; 0 where the problem is with the file as a whole.</param>
/// <param name="Subject">The column, or "file", "record" or a setting's name.</param>
public sealed record Diagnostic(string File, long Line, string Subject, string Message)
{
    public override string ToString() =>
        Line > 0 ? $"{File}:{Line}: {Subject}: {Message}" : $"{File}: {Subject}: {Message}";
}
