using RoiReport.Core.Statistics;

namespace RoiReport.Core.Benchmarks;

/// <summary>What one peer group collects while the rows of its wave are dealt out.</summary>
internal sealed class GroupAccumulator(int[] codes)
{
    /// <summary>The group's code per dimension, <see cref="GroupCodes.All"/> where it is not cut.</summary>
    public int[] Codes { get; } = codes;

    public int Respondents { get; private set; }

    public ExactSum RespondentWeight { get; } = new();

    public ExactSum AttributingWeight { get; } = new();

    public int BothN { get; private set; }

    public ExactSum BothWeight { get; } = new();

    public ExactSum SmAtLeastOtherWeight { get; } = new();

    public WeightedSample SocialMedia { get; } = new();

    public WeightedSample Other { get; } = new();

    public void AddRespondent(double weight, bool attributing, double sm, double other)
    {
        Respondents++;
        RespondentWeight.Add(weight);
        if (attributing)
        {
            AttributingWeight.Add(weight);
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
}
