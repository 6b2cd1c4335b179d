using RoiReport.Core.Benchmarks;

namespace RoiReport.Core.Survey;

/// <summary>One cut of a wave: its bands, and each firm's band (<see cref="WaveTable.Blank"/> where it left the answer blank).</summary>
public sealed class WaveCut
{
    private readonly sbyte[]? _numeric;
    private readonly int[]? _labels;
    private readonly int _count;

    internal WaveCut(CutColumn column, IReadOnlyList<Band> bands, sbyte[]? numeric, int[]? labels, int count)
    {
        Column = column;
        Bands = bands;
        _numeric = numeric;
        _labels = labels;
        _count = count;
    }

    public CutColumn Column { get; }

    public IReadOnlyList<Band> Bands { get; }

    /// <summary>The firm's band, as an index into <see cref="Bands"/>, or <see cref="WaveTable.Blank"/>.</summary>
    public int BandOf(int firm) => _numeric is not null ? _numeric[firm] : _labels![firm];

    public int Count => _count;
}
