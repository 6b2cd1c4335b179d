namespace RoiReport.Core.Diagnostics;

/// <summary>
/// Collects problems, listing at most <see cref="PerSubject"/> of each file and column (one
/// mistake repeated down a file should not hide the others) and <see cref="Capacity"/> in all,
/// and counting every one: the rest are <see cref="Tallied"/>.
/// </summary>
public sealed class DiagnosticBag(int capacity = DiagnosticBag.DefaultCapacity)
{
    public const int DefaultCapacity = 100;
    public const int PerSubject = 10;

    private readonly List<Diagnostic> _listed = [];
    private readonly Dictionary<(string File, string Subject), int> _counts = [];

    public int Capacity { get; } = capacity;

    public int Count { get; private set; }

    /// <summary>The problems to show one by one, in the order they were added.</summary>
    public IReadOnlyList<Diagnostic> Listed => _listed;

    public bool IsEmpty => Count == 0;

    /// <summary>How many problems of each file and column were counted but not listed, in the order first seen.</summary>
    public IEnumerable<(string File, string Subject, int Count)> Tallied =>
        _counts.Where(c => c.Value > PerSubject).Select(c => (c.Key.File, c.Key.Subject, c.Value - PerSubject));

    public void Add(Diagnostic diagnostic)
    {
        Count++;
        var key = (diagnostic.File, diagnostic.Subject);
        var seen = _counts[key] = _counts.GetValueOrDefault(key) + 1;
        if (seen <= PerSubject && _listed.Count < Capacity)
        {
            _listed.Add(diagnostic);
        }
    }

    /// <summary>
    /// Adds another bag's problems as if they had been added here one by one after those already
    /// here, so work done in parallel, each part with its own bag, reports as a sequential run would.
    /// </summary>
    public void AddRange(DiagnosticBag other)
    {
        foreach (var diagnostic in other._listed)
        {
            Add(diagnostic);
        }
        AddTallied(other);
    }

    /// <summary>
    /// Adds two other bags' problems as if they had been added here one by one, interleaved in
    /// <paramref name="order"/> (on a tie, <paramref name="first"/>'s first), after those already
    /// here: problems found apart, such as a file's own and the duplicates found once every file is
    /// read, report as a run that found them together would. Each bag's problems must be in that
    /// order already, and neither bag may have reached its <see cref="Capacity"/>.
    /// </summary>
    public void AddMerged(DiagnosticBag first, DiagnosticBag second, Comparison<Diagnostic> order)
    {
        if (first._listed.Count >= first.Capacity || second._listed.Count >= second.Capacity)
        {
            throw new ArgumentException("A bag that reached its capacity has lost the order of the problems it did not keep.");
        }
        // Of each file and column, those a merged run keeps are among the first PerSubject of
        // either bag; the others only count.
        var (a, b) = (0, 0);
        while (a < first._listed.Count || b < second._listed.Count)
        {
            var fromFirst = b == second._listed.Count || (a < first._listed.Count && order(first._listed[a], second._listed[b]) <= 0);
            Add(fromFirst ? first._listed[a++] : second._listed[b++]);
        }
        AddTallied(first);
        AddTallied(second);
    }

    private void AddTallied(DiagnosticBag other)
    {
        foreach (var (file, subject, count) in other.Tallied)
        {
            Count += count;
            _counts[(file, subject)] += count;
        }
    }
}
