using RoiReport.Core.Statistics;
using RoiReport.Core.Survey;

namespace RoiReport.Core.Benchmarks;

/// <summary>
/// One wave in columns: each row's hourly returns (NaN where undefined), weight, whether it
/// attributes sales to social media, and a code per peer-group dimension (an index into that
/// dimension's labels in <see cref="LabelOrder"/>, or <see cref="Blank"/> where the firm left it blank).
/// </summary>
internal sealed record WaveColumns(
    WaveSummary Summary,
    double[] SocialMedia,
    double[] Other,
    double[] Weight,
    bool[] Attributing,
    int[][] Codes,
    string[][] Labels)
{
    public const int Blank = -1;

    public int Count => Weight.Length;

    public static WaveColumns From(int year, IReadOnlyList<SurveyResponse> rows, IReadOnlyList<Dimension> dimensions)
    {
        var smTally = new ExclusionTally();
        var otherTally = new ExclusionTally();
        var sm = new double[rows.Count];
        var other = new double[rows.Count];
        var weight = new double[rows.Count];
        var attributing = new bool[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            sm[i] = smTally.Add(row.SocialMedia);
            other[i] = otherTally.Add(row.OtherMarketing);
            weight[i] = row.Weight;
            attributing[i] = row.SocialMedia.Sales is not null;
        }

        var codes = new int[dimensions.Count][];
        var labels = new string[dimensions.Count][];
        for (var d = 0; d < dimensions.Count; d++)
        {
            (codes[d], labels[d]) = Encode(rows, dimensions[d]);
        }

        var summary = new WaveSummary(year, rows.Count, smTally.ToCounts(), otherTally.ToCounts());
        return new WaveColumns(summary, sm, other, weight, attributing, codes, labels);
    }

    /// <summary>Indices of the rows whose value is defined, in ascending order of that value.</summary>
    public static int[] SortedDefined(double[] values)
    {
        var count = 0;
        foreach (var value in values)
        {
            count += double.IsNaN(value) ? 0 : 1;
        }
        var order = new int[count];
        var keys = new double[count];
        for (int i = 0, k = 0; i < values.Length; i++)
        {
            if (!double.IsNaN(values[i]))
            {
                order[k] = i;
                keys[k++] = values[i];
            }
        }
        Array.Sort(keys, order);
        return order;
    }

    private static (int[] Codes, string[] Labels) Encode(IReadOnlyList<SurveyResponse> rows, Dimension dimension)
    {
        var labels = rows
            .Select(r => DimensionNames.ValueOf(r, dimension))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(LabelOrder.Instance)
            .ToArray();
        var codeOf = new Dictionary<string, int>(labels.Length, StringComparer.Ordinal);
        for (var code = 0; code < labels.Length; code++)
        {
            codeOf[labels[code]] = code;
        }
        var codes = new int[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            codes[i] = DimensionNames.ValueOf(rows[i], dimension) is { } label ? codeOf[label] : Blank;
        }
        return (codes, labels);
    }

    private sealed class ExclusionTally
    {
        private readonly int[] _counts = new int[Enum.GetValues<ReturnStatus>().Length];

        public double Add(ChannelInput input)
        {
            _counts[(int)HourlyReturn.Classify(input)]++;
            return HourlyReturn.Of(input);
        }

        public ExclusionCounts ToCounts() => new(
            _counts[(int)ReturnStatus.Defined],
            _counts[(int)ReturnStatus.SalesBlank],
            _counts[(int)ReturnStatus.HoursBlank],
            _counts[(int)ReturnStatus.HoursZero],
            _counts[(int)ReturnStatus.CostsBlank]);
    }
}
