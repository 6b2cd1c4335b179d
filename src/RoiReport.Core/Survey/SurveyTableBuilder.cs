using RoiReport.Core.Benchmarks;
using RoiReport.Core.Statistics;

namespace RoiReport.Core.Survey;

/// <summary>Collects firms one at a time into a <see cref="SurveyTable"/>, keeping only what the benchmarks need.</summary>
public sealed class SurveyTableBuilder(LabelCatalog labels)
{
    private readonly Dictionary<int, WaveBuilder> _waves = [];
    private readonly int[] _segments = [.. Enum.GetValues<Segment>().Select(s => labels.Id(SegmentNames.Name(s)))];
    private WaveBuilder? _last;
    private int _expected;

    public SurveyTableBuilder()
        : this(new LabelCatalog())
    {
    }

    /// <summary>Where the numbers of the labels given to <see cref="Add(int, Segment, int, int, int, double, ReturnStatus, FirmFlags, double, ReturnStatus, double)"/> come from.</summary>
    public LabelCatalog Labels { get; } = labels;

    public const int Blank = -1;

    public void Add(int year, Segment segment, string? industry, string? employees, string? region, ChannelInput socialMedia, ChannelInput other, double weight,
        double? staffCostPerHour = null)
    {
        var smReturn = HourlyReturn.Of(socialMedia);
        Add(year, segment, Id(industry), Id(employees), Id(region), smReturn, HourlyReturn.Classify(socialMedia),
            FirmFlagging.Of(socialMedia, smReturn, staffCostPerHour), HourlyReturn.Of(other), HourlyReturn.Classify(other), weight);
    }

    /// <summary>
    /// Adds a firm whose labels are numbers of <see cref="Labels"/> (<see cref="Blank"/> where
    /// blank) and whose hourly returns are already computed, as a parallel reader gives them.
    /// </summary>
    public void Add(int year, Segment segment, int industry, int employees, int region, double socialMedia, ReturnStatus socialMediaStatus, FirmFlags flags,
        double other, ReturnStatus otherStatus, double weight)
    {
        if (_last?.Year != year)
        {
            if (!_waves.TryGetValue(year, out _last))
            {
                _waves[year] = _last = new WaveBuilder(year, Labels, _expected);
            }
        }
        _last.Add(_segments[(int)segment], industry, employees, region, socialMedia, socialMediaStatus, flags, other, otherStatus, weight);
    }

    /// <summary>Expects this many more firms, so that a wave that starts now is sized for them at once.</summary>
    public void Reserve(int firms) => _expected = firms;

    public SurveyTable Build() => new([.. _waves.Values.OrderBy(w => w.Year).Select(w => w.Build())]);

    private int Id(string? label) => label is null ? Blank : Labels.Id(label);

    private sealed class WaveBuilder(int year, LabelCatalog catalog, int expected)
    {
        private const int FirstCapacity = 1024;

        // Per dimension: the wave's code of each catalog number (-1 where unseen), and the catalog number of each code.
        private readonly int[][] _codeOfId = [.. DimensionNames.All.Select(_ => Array.Empty<int>())];
        private readonly List<int>[] _idOfCode = [.. DimensionNames.All.Select(_ => new List<int>())];
        private readonly int[] _smCounts = new int[Enum.GetValues<ReturnStatus>().Length];
        private readonly int[] _otherCounts = new int[Enum.GetValues<ReturnStatus>().Length];
        private double[] _socialMedia = new double[Math.Max(FirstCapacity, expected)];
        private ReturnStatus[] _status = new ReturnStatus[Math.Max(FirstCapacity, expected)];
        private FirmFlags[] _flags = new FirmFlags[Math.Max(FirstCapacity, expected)];
        private double[] _other = new double[Math.Max(FirstCapacity, expected)];
        private double[]? _weights;
        private readonly int[][] _codes = [.. DimensionNames.All.Select(_ => new int[Math.Max(FirstCapacity, expected)])];
        private int _count;

        public int Year { get; } = year;

        public void Add(int segment, int industry, int employees, int region, double socialMedia, ReturnStatus socialMediaStatus, FirmFlags flags,
            double other, ReturnStatus otherStatus, double weight)
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
        }

        /// <summary>The wave, with each dimension's codes renumbered so that they follow <see cref="LabelOrder"/>.</summary>
        public WaveTable Build()
        {
            var labels = new string[_idOfCode.Length][];
            for (var d = 0; d < _idOfCode.Length; d++)
            {
                var seen = _idOfCode[d].Select(id => catalog[id]).ToList();
                labels[d] = [.. seen.Order(LabelOrder.Instance)];
                var codeOfLabel = labels[d].Select((label, code) => (label, code)).ToDictionary(p => p.label, p => p.code, StringComparer.Ordinal);
                var renumber = seen.Select(label => codeOfLabel[label]).ToArray();
                var codes = _codes[d].AsSpan(0, _count);
                for (var i = 0; i < codes.Length; i++)
                {
                    codes[i] = codes[i] == WaveTable.Blank ? WaveTable.Blank : renumber[codes[i]];
                }
            }
            return new WaveTable(Year, _count, _socialMedia, _status, _flags, _other, _weights, _codes, labels, Counts(_smCounts), Counts(_otherCounts));
        }

        private int Code(Dimension dimension, int id)
        {
            if (id == Blank)
            {
                return WaveTable.Blank;
            }
            ref var codes = ref _codeOfId[(int)dimension];
            if (id >= codes.Length)
            {
                var grown = new int[Math.Max(id + 1, codes.Length * 2)];
                grown.AsSpan(codes.Length).Fill(-1);
                codes.CopyTo(grown, 0);
                codes = grown;
            }
            if (codes[id] < 0)
            {
                codes[id] = _idOfCode[(int)dimension].Count;
                _idOfCode[(int)dimension].Add(id);
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
        }

        private static ExclusionCounts Counts(int[] counts) => new(
            counts[(int)ReturnStatus.Defined],
            counts[(int)ReturnStatus.SalesBlank],
            counts[(int)ReturnStatus.HoursBlank],
            counts[(int)ReturnStatus.HoursZero],
            counts[(int)ReturnStatus.CostsBlank]);
    }
}
