using RoiReport.Core.Benchmarks;
using RoiReport.Core.Statistics;

namespace RoiReport.Core.Survey;

/// <summary>
/// What the benchmarks need of every firm, in columns, one <see cref="WaveTable"/> per wave: its
/// two hourly returns and why each is undefined, its weight, its label of every dimension and its
/// <see cref="FirmFlags"/>. About 35 bytes a firm, so a million firms fit in a few tens of megabytes.
/// </summary>
public sealed class SurveyTable
{
    internal SurveyTable(IReadOnlyList<WaveTable> waves) => Waves = waves;

    /// <summary>The waves, by ascending year.</summary>
    public IReadOnlyList<WaveTable> Waves { get; }

    public int Count => Waves.Sum(w => w.Count);

    /// <summary>Whether any firm has a weight other than 1.</summary>
    public bool Weighted => Waves.Any(w => w.Weighted);

    public static SurveyTable From(IEnumerable<SurveyResponse> responses) => From(responses, CutSettings.Default);

    public static SurveyTable From(IEnumerable<SurveyResponse> responses, CutSettings cuts)
    {
        var builder = new SurveyTableBuilder(cuts);
        foreach (var response in responses)
        {
            builder.Add(response.Year, response.Segment, response.Industry, response.Employees, response.Region,
                response.SocialMedia, response.OtherMarketing, response.Weight, response.SmStaffCostPerHour,
                response.SalesCycleMonths, response.SmYears, response.SmPrimaryPlatform);
        }
        return builder.Build();
    }
}

/// <summary>One wave of a <see cref="SurveyTable"/>. Rows keep the order they were read in.</summary>
public sealed class WaveTable
{
    private readonly double[] _socialMedia;
    private readonly double[] _other;
    private readonly ReturnStatus[] _socialMediaStatus;
    private readonly FirmFlags[] _flags;
    private readonly double[]? _weights;
    private readonly int[][] _codes;
    private readonly string[][] _labels;

    internal WaveTable(int year, int count, double[] socialMedia, ReturnStatus[] socialMediaStatus, FirmFlags[] flags, double[] other,
        double[]? weights, int[][] codes, string[][] labels, ExclusionCounts socialMediaCounts, ExclusionCounts otherCounts, IReadOnlyList<WaveCut> cuts)
    {
        Cuts = cuts;
        Year = year;
        Count = count;
        _socialMedia = socialMedia;
        _socialMediaStatus = socialMediaStatus;
        _flags = flags;
        _other = other;
        _weights = weights;
        _codes = codes;
        _labels = labels;
        SocialMediaCounts = socialMediaCounts;
        OtherCounts = otherCounts;
    }

    public const int Blank = -1;

    public int Year { get; }

    public int Count { get; }

    /// <summary>Each firm's social-media hourly return, NaN where it is undefined.</summary>
    public ReadOnlySpan<double> SocialMedia => _socialMedia.AsSpan(0, Count);

    /// <summary>Why each firm's social-media return is or is not defined.</summary>
    public ReadOnlySpan<ReturnStatus> SocialMediaStatus => _socialMediaStatus.AsSpan(0, Count);

    /// <summary>What else the benchmarks need of each firm: whether it put hours in, and where its return stands against its staff cost.</summary>
    public ReadOnlySpan<FirmFlags> Flags => _flags.AsSpan(0, Count);

    /// <summary>Each firm's other-marketing hourly return, NaN where it is undefined.</summary>
    public ReadOnlySpan<double> Other => _other.AsSpan(0, Count);

    public bool Weighted => _weights is not null;

    /// <summary>Each firm's weight; empty when every weight is 1.</summary>
    public ReadOnlySpan<double> Weights => _weights is null ? default : _weights.AsSpan(0, Count);

    public ExclusionCounts SocialMediaCounts { get; }

    public ExclusionCounts OtherCounts { get; }

    /// <summary>Each firm's label of the dimension, as an index into <see cref="Labels"/>, or <see cref="Blank"/>.</summary>
    public ReadOnlySpan<int> Codes(Dimension dimension) => _codes[(int)dimension].AsSpan(0, Count);

    /// <summary>The cuts of this wave: those the settings publish and some firm answered.</summary>
    public IReadOnlyList<WaveCut> Cuts { get; }

    /// <summary>The dimension's labels in this wave, in <see cref="LabelOrder"/>.</summary>
    public IReadOnlyList<string> Labels(Dimension dimension) => _labels[(int)dimension];
}
