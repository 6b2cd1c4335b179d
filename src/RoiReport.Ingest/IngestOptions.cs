using RoiReport.Core.Benchmarks;
using RoiReport.Core.Diagnostics;
using RoiReport.Core.Survey;

namespace RoiReport.Ingest;

/// <summary>How survey files are read.</summary>
public sealed record IngestOptions
{
    public static IngestOptions Default { get; } = new();

    /// <summary>Header names (other than the canonical one) that a canonical column may have, keyed by canonical name.</summary>
    public IReadOnlyDictionary<string, string> ColumnAliases { get; init; } = new Dictionary<string, string>();

    /// <summary>Columns ignored without looking at them, even if they look like identifiers.</summary>
    public IReadOnlySet<string> DroppedColumns { get; init; } = new HashSet<string>();

    /// <summary>The peer-group dimensions, whose columns are required.</summary>
    public IReadOnlyList<Dimension> Dimensions { get; init; } = DimensionNames.Default;

    /// <summary>How the firms' answers are banded for the cuts.</summary>
    public CutSettings Cuts { get; init; } = CutSettings.Default;

    public int MaxProblems { get; init; } = DiagnosticBag.DefaultCapacity;
}
