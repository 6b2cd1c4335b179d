namespace RoiReport.Ingest;

/// <summary>Collects problems, keeping the first <see cref="Capacity"/> and counting them all.</summary>
public sealed class DiagnosticBag(int capacity = DiagnosticBag.DefaultCapacity)
{
    public const int DefaultCapacity = 100;

    private readonly List<Diagnostic> _kept = [];

    public int Capacity { get; } = capacity;

    public int Count { get; private set; }

    public IReadOnlyList<Diagnostic> Kept => _kept;

    public bool IsEmpty => Count == 0;

    public void Add(Diagnostic diagnostic)
    {
        Count++;
        if (_kept.Count < Capacity)
        {
            _kept.Add(diagnostic);
        }
    }
}
