using RoiReport.Core.Benchmarks;
using RoiReport.Core.Statistics;

namespace RoiReport.Core.Survey;

/// <summary>Collects firms one at a time into a <see cref="SurveyTable"/>, keeping only what the benchmarks need.</summary>
public sealed class SurveyTableBuilder(LabelCatalog labels, CutSettings cuts)
{
    private readonly Dictionary<int, WaveBuilder> _waves = [];
    private readonly int[] _segments = [.. Enum.GetValues<Segment>().Select(s => labels.Id(SegmentNames.Name(s)))];
    private WaveBuilder? _last;
    private int _expected;

    public SurveyTableBuilder()
        : this(new LabelCatalog(), CutSettings.Default)
    {
    }

    public SurveyTableBuilder(CutSettings cuts)
        : this(new LabelCatalog(), cuts)
    {
    }

    /// <summary>Where the numbers of the labels given to <see cref="Add(int, Segment, int, int, int, double, ReturnStatus, FirmFlags, double, ReturnStatus, double, CutAnswers)"/> come from.</summary>
    public LabelCatalog Labels { get; } = labels;

    public const int Blank = -1;

    public void Add(int year, Segment segment, string? industry, string? employees, string? region, ChannelInput socialMedia, ChannelInput other, double weight,
        double? staffCostPerHour = null, double? salesCycleMonths = null, double? smYears = null, string? platform = null)
    {
        var smReturn = HourlyReturn.Of(socialMedia);
        Add(year, segment, Id(industry), Id(employees), Id(region), smReturn, HourlyReturn.Classify(socialMedia),
            FirmFlagging.Of(socialMedia, smReturn, staffCostPerHour), HourlyReturn.Of(other), HourlyReturn.Classify(other), weight,
            new CutAnswers(salesCycleMonths ?? double.NaN, socialMedia.Hours ?? double.NaN, smYears ?? double.NaN, Id(platform)));
    }

    /// <summary>
    /// Adds a firm whose labels are numbers of <see cref="Labels"/> (<see cref="Blank"/> where
    /// blank) and whose hourly returns are already computed, as a parallel reader gives them.
    /// </summary>
    public void Add(int year, Segment segment, int industry, int employees, int region, double socialMedia, ReturnStatus socialMediaStatus, FirmFlags flags,
        double other, ReturnStatus otherStatus, double weight, CutAnswers cutAnswers)
    {
        if (_last?.Year != year)
        {
            if (!_waves.TryGetValue(year, out _last))
            {
                _waves[year] = _last = new WaveBuilder(year, Labels, Cuts, _expected);
            }
        }
        _last.Add(_segments[(int)segment], industry, employees, region, socialMedia, socialMediaStatus, flags, other, otherStatus, weight, cutAnswers);
    }

    /// <summary>How the firms' cut answers are banded.</summary>
    public CutSettings Cuts { get; } = cuts;

    /// <summary>Expects this many more firms, so that a wave that starts now is sized for them at once.</summary>
    public void Reserve(int firms) => _expected = firms;

    public SurveyTable Build() => new([.. _waves.Values.OrderBy(w => w.Year).Select(w => w.Build())]);

    private int Id(string? label) => label is null ? Blank : Labels.Id(label);

    private sealed class WaveBuilder(int year, LabelCatalog catalog, CutSettings cuts, int expected)
    {
        private const int FirstCapacity = 1024;

        // The platform's labels are coded like a dimension's, in the slot after the dimensions.
        private static readonly int PlatformSlot = DimensionNames.All.Count;
        private static readonly CutColumn[] NumericCuts = [CutColumn.SalesCycleMonths, CutColumn.SmHoursPerWeek, CutColumn.SmYears];

        // Per dimension: the wave's code of each catalog number (-1 where unseen), and the catalog number of each code.
        private readonly int[][] _codeOfId = [.. Enumerable.Range(0, PlatformSlot + 1).Select(_ => Array.Empty<int>())];
        private readonly List<int>[] _idOfCode = [.. Enumerable.Range(0, PlatformSlot + 1).Select(_ => new List<int>())];
        private readonly IReadOnlyList<double>?[] _edges = [.. NumericCuts.Select(c => cuts.Edges.GetValueOrDefault(c))];
        private readonly sbyte[][] _bands = [.. NumericCuts.Select(_ => new sbyte[Math.Max(FirstCapacity, expected)])];
        private readonly bool[] _answered = new bool[CutNames.All.Count];
        private readonly int[] _smCounts = new int[Enum.GetValues<ReturnStatus>().Length];
        private readonly int[] _otherCounts = new int[Enum.GetValues<ReturnStatus>().Length];
        private double[] _socialMedia = new double[Math.Max(FirstCapacity, expected)];
        private ReturnStatus[] _status = new ReturnStatus[Math.Max(FirstCapacity, expected)];
        private FirmFlags[] _flags = new FirmFlags[Math.Max(FirstCapacity, expected)];
        private double[] _other = new double[Math.Max(FirstCapacity, expected)];
        private double[]? _weights;
        private readonly int[][] _codes = [.. Enumerable.Range(0, PlatformSlot + 1).Select(_ => new int[Math.Max(FirstCapacity, expected)])];
        private int _count;

        public int Year { get; } = year;

        public void Add(int segment, int industry, int employees, int region, double socialMedia, ReturnStatus socialMediaStatus, FirmFlags flags,
            double other, ReturnStatus otherStatus, double weight, CutAnswers cutAnswers)
        {
            if (_count == _socialMedia.Length)
            {
                Grow();
            }
            var i = _count++;
            _smCounts[(int)socialMediaStatus]++;
            _status[i] = socialMediaStatus;
            _flags[i] = flags;
            _socialMedia[i] = socialMedia;
            _otherCounts[(int)otherStatus]++;
            _other[i] = other;
            if (weight != 1.0 && _weights is null)
            {
                _weights = new double[_socialMedia.Length];
                _weights.AsSpan(0, i).Fill(1.0);
            }
            if (_weights is not null)
            {
                _weights[i] = weight;
            }
            _codes[(int)Dimension.Segment][i] = Code(Dimension.Segment, segment);
            _codes[(int)Dimension.Industry][i] = Code(Dimension.Industry, industry);
            _codes[(int)Dimension.Employees][i] = Code(Dimension.Employees, employees);
            _codes[(int)Dimension.Region][i] = Code(Dimension.Region, region);
            _codes[PlatformSlot][i] = Code(PlatformSlot, cutAnswers.Platform);
            _answered[(int)CutColumn.SmPrimaryPlatform] |= cutAnswers.Platform != Blank;
            Band(0, i, cutAnswers.SalesCycleMonths);
            Band(1, i, cutAnswers.SmHours / cuts.WeeksInPeriod);
            Band(2, i, cutAnswers.SmYears);
        }

        private void Band(int numeric, int i, double value)
        {
            _answered[(int)NumericCuts[numeric]] |= !double.IsNaN(value);
            if (_edges[numeric] is { } edges)
            {
                _bands[numeric][i] = (sbyte)CutSettings.BandOf(edges, value);
            }
        }

        /// <summary>The wave, with each dimension's codes renumbered so that they follow <see cref="LabelOrder"/>.</summary>
        public WaveTable Build()
        {
            var labels = new string[_idOfCode.Length][];
            for (var d = 0; d < _idOfCode.Length; d++)
            {
                var codes = _codes[d].AsSpan(0, _count);
                var seen = _idOfCode[d].Select(id => catalog[id]).ToList();
                labels[d] = [.. seen.Order(LabelOrder.Instance)];
                var codeOfLabel = labels[d].Select((label, code) => (label, code)).ToDictionary(p => p.label, p => p.code, StringComparer.Ordinal);
                var renumber = seen.Select(label => codeOfLabel[label]).ToArray();
                for (var i = 0; i < codes.Length; i++)
                {
                    codes[i] = codes[i] == WaveTable.Blank ? WaveTable.Blank : renumber[codes[i]];
                }
            }
            return new WaveTable(Year, _count, _socialMedia, _status, _flags, _other, _weights, _codes[..PlatformSlot], labels[..PlatformSlot],
                Counts(_smCounts), Counts(_otherCounts), Cuts(labels[PlatformSlot]));
        }

        /// <summary>The cuts the settings publish and some firm of the wave answered.</summary>
        private List<WaveCut> Cuts(string[] platforms) =>
        [
            .. cuts.Columns.Where(c => _answered[(int)c]).Select(c => c == CutColumn.SmPrimaryPlatform
                ? new WaveCut(c, [.. platforms.Select(p => new Band(p, null, null))], null, _codes[PlatformSlot], _count)
                : new WaveCut(c, cuts.Bands(c), _bands[Array.IndexOf(NumericCuts, c)], null, _count)),
        ];

        private int Code(Dimension dimension, int id) => Code((int)dimension, id);

        private int Code(int slot, int id)
        {
            if (id == Blank)
            {
                return WaveTable.Blank;
            }
            ref var codes = ref _codeOfId[slot];
            if (id >= codes.Length)
            {
                var grown = new int[Math.Max(id + 1, codes.Length * 2)];
                grown.AsSpan(codes.Length).Fill(-1);
                codes.CopyTo(grown, 0);
                codes = grown;
            }
            if (codes[id] < 0)
            {
                codes[id] = _idOfCode[slot].Count;
                _idOfCode[slot].Add(id);
            }
            return codes[id];
        }

        private void Grow()
        {
            var capacity = _socialMedia.Length * 2;
            Array.Resize(ref _socialMedia, capacity);
            Array.Resize(ref _status, capacity);
            Array.Resize(ref _flags, capacity);
            Array.Resize(ref _other, capacity);
            if (_weights is not null)
            {
                Array.Resize(ref _weights, capacity);
            }
            for (var d = 0; d < _codes.Length; d++)
            {
                Array.Resize(ref _codes[d], capacity);
            }
            for (var b = 0; b < _bands.Length; b++)
            {
                Array.Resize(ref _bands[b], capacity);
            }
        }

        private static ExclusionCounts Counts(int[] counts) => new(
            counts[(int)ReturnStatus.Defined],
            counts[(int)ReturnStatus.SalesBlank],
            counts[(int)ReturnStatus.HoursBlank],
            counts[(int)ReturnStatus.HoursZero],
            counts[(int)ReturnStatus.CostsBlank]);
    }
}
