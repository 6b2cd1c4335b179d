using RoiReport.Core.Statistics;
using RoiReport.Core.Survey;

namespace RoiReport.Core.Benchmarks;

/// <summary>
/// What the firms of one cell of a wave add up to: counts and exact sums, so that the totals of a
/// peer group are the merged totals of its cells, equal to the bit to summing its firms one by one.
/// </summary>
/// <param name="digested">Whether <see cref="Digest"/> is kept: only the cube's cells key the noise.</param>
internal sealed class GroupTotals(bool weighted, bool digested = true)
{
    public int Respondents { get; private set; }

    public WeightTotal RespondentWeight { get; } = new(weighted);

    public WeightTotal AttributingWeight { get; } = new(weighted);

    public int BothN { get; private set; }

    public WeightTotal BothWeight { get; } = new(weighted);

    public WeightTotal SmAtLeastOtherWeight { get; } = new(weighted);

    public ChannelTotals SocialMedia { get; } = new(weighted);

    public ChannelTotals Other { get; } = new(weighted);

    /// <summary>Respondents who put hours into social media but could not attribute sales to it.</summary>
    public WeightTotal UnattributedWeight { get; } = new(weighted);

    /// <summary>Firms with a social-media return and a staff cost per hour, and how many of them earn more than it.</summary>
    public int StaffCostN { get; private set; }

    public WeightTotal StaffCostWeight { get; } = new(weighted);

    public WeightTotal AboveStaffCostWeight { get; } = new(weighted);

    public double StaffCostMaxWeight { get; private set; }

    /// <summary>The largest weight among the respondents, and among the firms with both returns.</summary>
    public double RespondentMaxWeight { get; private set; }

    public double BothMaxWeight { get; private set; }

    /// <summary>
    /// A digest of the firms' figures that does not depend on their order: the disclosure control
    /// keys its noise with it, so the noise is secret without a secret to keep.
    /// </summary>
    public ulong Digest { get; private set; }

    public void AddRespondent(double weight, bool attributing, FirmFlags flags, double sm, double other)
    {
        Respondents++;
        RespondentWeight.Add(weight);
        RespondentMaxWeight = Math.Max(RespondentMaxWeight, weight);
        if (digested)
        {
            Digest += RowDigest(weight, attributing, flags, sm, other);
        }
        if (attributing)
        {
            AttributingWeight.Add(weight);
        }
        else if ((flags & FirmFlags.SocialMediaHours) != 0)
        {
            UnattributedWeight.Add(weight);
        }
        if ((flags & FirmFlags.StaffCostKnown) != 0)
        {
            StaffCostN++;
            StaffCostWeight.Add(weight);
            StaffCostMaxWeight = Math.Max(StaffCostMaxWeight, weight);
            if ((flags & FirmFlags.AboveStaffCost) != 0)
            {
                AboveStaffCostWeight.Add(weight);
            }
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
            BothMaxWeight = Math.Max(BothMaxWeight, weight);
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
        RespondentMaxWeight = Math.Max(RespondentMaxWeight, other.RespondentMaxWeight);
        BothMaxWeight = Math.Max(BothMaxWeight, other.BothMaxWeight);
        UnattributedWeight.Add(other.UnattributedWeight);
        StaffCostN += other.StaffCostN;
        StaffCostWeight.Add(other.StaffCostWeight);
        AboveStaffCostWeight.Add(other.AboveStaffCostWeight);
        StaffCostMaxWeight = Math.Max(StaffCostMaxWeight, other.StaffCostMaxWeight);
        Digest += other.Digest;
    }

    /// <summary>A 64-bit mix (SplitMix64's finaliser) of one firm's figures; digests add up, so their order does not matter.</summary>
    private static ulong RowDigest(double weight, bool attributing, FirmFlags flags, double sm, double other)
    {
        var x = BitConverter.DoubleToUInt64Bits(sm)
            ^ System.Numerics.BitOperations.RotateLeft(BitConverter.DoubleToUInt64Bits(other), 21)
            ^ System.Numerics.BitOperations.RotateLeft(BitConverter.DoubleToUInt64Bits(weight), 42)
            ^ (attributing ? 0x9E3779B97F4A7C15UL : 0UL)
            ^ ((ulong)flags << 56);
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
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

    /// <summary>The weighted sum of the returns, w·x summed exactly and rounded once.</summary>
    public double Sum => _sum.Value;

    public double MaxWeight { get; private set; }

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
        MaxWeight = Math.Max(MaxWeight, weight);
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
        MaxWeight = Math.Max(MaxWeight, other.MaxWeight);
    }
}
