using RoiReport.Core.Statistics;

namespace RoiReport.Core.Benchmarks;

/// <summary>
/// What the firms of one cell of a wave add up to: counts and exact sums, so that the totals of a
/// peer group are the merged totals of its cells, equal to the bit to summing its firms one by one.
/// </summary>
internal sealed class GroupTotals(bool weighted)
{
    public int Respondents { get; private set; }

    public WeightTotal RespondentWeight { get; } = new(weighted);

    public WeightTotal AttributingWeight { get; } = new(weighted);

    public int BothN { get; private set; }

    public WeightTotal BothWeight { get; } = new(weighted);

    public WeightTotal SmAtLeastOtherWeight { get; } = new(weighted);

    public ChannelTotals SocialMedia { get; } = new(weighted);

    public ChannelTotals Other { get; } = new(weighted);

    public void AddRespondent(double weight, bool attributing, double sm, double other)
    {
        Respondents++;
        RespondentWeight.Add(weight);
        if (attributing)
        {
            AttributingWeight.Add(weight);
        }
        if (!double.IsNaN(sm))
        {
            SocialMedia.Add(sm, weight);
        }
        if (!double.IsNaN(other))
        {
            Other.Add(other, weight);
        }
        if (!double.IsNaN(sm) && !double.IsNaN(other))
        {
            BothN++;
            BothWeight.Add(weight);
            if (sm >= other)
            {
                SmAtLeastOtherWeight.Add(weight);
            }
        }
    }

    public void Add(GroupTotals other)
    {
        Respondents += other.Respondents;
        RespondentWeight.Add(other.RespondentWeight);
        AttributingWeight.Add(other.AttributingWeight);
        BothN += other.BothN;
        BothWeight.Add(other.BothWeight);
        SmAtLeastOtherWeight.Add(other.SmAtLeastOtherWeight);
        SocialMedia.Add(other.SocialMedia);
        Other.Add(other.Other);
    }
}

/// <summary>One channel's defined returns of a cell or group: how many, their weighted sum, and the weight above zero.</summary>
internal sealed class ChannelTotals(bool weighted)
{
    private readonly ExactSum _sum = new();
    private readonly bool _weighted = weighted;

    public int N { get; private set; }

    public WeightTotal Weight { get; } = new(weighted);

    public WeightTotal PositiveWeight { get; } = new(weighted);

    /// <summary>The weighted mean, from the exact sum of w·x rounded once.</summary>
    public double Mean => _sum.Value / Weight.Value;

    /// <summary>The weighted share of returns above zero.</summary>
    public double SharePositive => PositiveWeight.Value / Weight.Value;

    public void Add(double value, double weight)
    {
        N++;
        if (_weighted)
        {
            _sum.AddProduct(weight, value);
        }
        else
        {
            _sum.Add(value);
        }
        Weight.Add(weight);
        if (value > 0)
        {
            PositiveWeight.Add(weight);
        }
    }

    public void Add(ChannelTotals other)
    {
        N += other.N;
        _sum.Add(other._sum);
        Weight.Add(other.Weight);
        PositiveWeight.Add(other.PositiveWeight);
    }
}
