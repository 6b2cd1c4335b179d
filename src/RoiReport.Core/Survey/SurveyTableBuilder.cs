using RoiReport.Core.Benchmarks;
using RoiReport.Core.Statistics;

namespace RoiReport.Core.Survey;

/// <summary>Collects firms one at a time into a <see cref="SurveyTable"/>, keeping only what the benchmarks need.</summary>
public sealed class SurveyTableBuilder
{
    private readonly Dictionary<int, WaveBuilder> _waves = [];
    private WaveBuilder? _last;

    public void Add(int year, Segment segment, string? industry, string? employees, string? region, ChannelInput socialMedia, ChannelInput other, double weight)
    {
        if (_last?.Year != year)
        {
            if (!_waves.TryGetValue(year, out _last))
            {
                _waves[year] = _last = new WaveBuilder(year);
            }
        }
        _last.Add(segment, industry, employees, region, socialMedia, other, weight);
    }

    public SurveyTable Build() => new([.. _waves.Values.OrderBy(w => w.Year).Select(w => w.Build())]);

    private sealed class WaveBuilder(int year)
    {
        private const int FirstCapacity = 1024;

        private readonly Dictionary<string, int>[] _codeOf = [.. DimensionNames.All.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
        private readonly int[] _smCounts = new int[Enum.GetValues<ReturnStatus>().Length];
        private readonly int[] _otherCounts = new int[Enum.GetValues<ReturnStatus>().Length];
        private double[] _socialMedia = new double[FirstCapacity];
        private ReturnStatus[] _status = new ReturnStatus[FirstCapacity];
        private double[] _other = new double[FirstCapacity];
        private double[]? _weights;
        private readonly int[][] _codes = [.. DimensionNames.All.Select(_ => new int[FirstCapacity])];
        private int _count;

        public int Year { get; } = year;

        public void Add(Segment segment, string? industry, string? employees, string? region, ChannelInput socialMedia, ChannelInput other, double weight)
        {
            if (_count == _socialMedia.Length)
            {
                Grow();
            }
            var i = _count++;
            var status = HourlyReturn.Classify(socialMedia);
            _smCounts[(int)status]++;
            _status[i] = status;
            _socialMedia[i] = HourlyReturn.Of(socialMedia);
            _otherCounts[(int)HourlyReturn.Classify(other)]++;
            _other[i] = HourlyReturn.Of(other);
            if (weight != 1.0 && _weights is null)
            {
                _weights = new double[_socialMedia.Length];
                _weights.AsSpan(0, i).Fill(1.0);
            }
            if (_weights is not null)
            {
                _weights[i] = weight;
            }
            _codes[(int)Dimension.Segment][i] = Code(Dimension.Segment, SegmentNames.Name(segment));
            _codes[(int)Dimension.Industry][i] = Code(Dimension.Industry, industry);
            _codes[(int)Dimension.Employees][i] = Code(Dimension.Employees, employees);
            _codes[(int)Dimension.Region][i] = Code(Dimension.Region, region);
        }

        /// <summary>The wave, with each dimension's codes renumbered so that they follow <see cref="LabelOrder"/>.</summary>
        public WaveTable Build()
        {
            var labels = new string[_codeOf.Length][];
            for (var d = 0; d < _codeOf.Length; d++)
            {
                labels[d] = [.. _codeOf[d].Keys.Order(LabelOrder.Instance)];
                var renumber = new int[labels[d].Length];
                for (var code = 0; code < labels[d].Length; code++)
                {
                    renumber[_codeOf[d][labels[d][code]]] = code;
                }
                var codes = _codes[d].AsSpan(0, _count);
                for (var i = 0; i < codes.Length; i++)
                {
                    codes[i] = codes[i] == WaveTable.Blank ? WaveTable.Blank : renumber[codes[i]];
                }
            }
            return new WaveTable(Year, _count, _socialMedia, _status, _other, _weights, _codes, labels, Counts(_smCounts), Counts(_otherCounts));
        }

        private int Code(Dimension dimension, string? label)
        {
            if (label is null)
            {
                return WaveTable.Blank;
            }
            var codes = _codeOf[(int)dimension];
            if (!codes.TryGetValue(label, out var code))
            {
                codes[label] = code = codes.Count;
            }
            return code;
        }

        private void Grow()
        {
            var capacity = _socialMedia.Length * 2;
            Array.Resize(ref _socialMedia, capacity);
            Array.Resize(ref _status, capacity);
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
