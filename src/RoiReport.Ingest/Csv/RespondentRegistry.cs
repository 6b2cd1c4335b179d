namespace RoiReport.Ingest.Csv;

/// <summary>Remembers where each firm of each wave was first seen, across files.</summary>
internal sealed class RespondentRegistry
{
    private readonly Dictionary<(int Year, string Id), string> _firstSeen = [];

    /// <summary>Records the firm, or returns where it was already seen in the same wave.</summary>
    public string? Register(int year, string id, string location) =>
        _firstSeen.TryAdd((year, id), location) ? null : _firstSeen[(year, id)];
}
