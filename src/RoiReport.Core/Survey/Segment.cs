namespace RoiReport.Core.Survey;

/// <summary>Whether a firm sells to businesses or to consumers.</summary>
public enum Segment
{
    B2B,
    B2C,
}
