namespace RoiReport.Core.Statistics;

public enum ReturnStatus : byte
{
    Defined,

    /// <summary>The firm cannot attribute sales to the channel: a respondent, not a zero.</summary>
    SalesBlank,

    HoursBlank,

    /// <summary>No hours: a rate per hour does not exist.</summary>
    HoursZero,

    /// <summary>Direct costs unknown: blank is not zero, so the margin is unknown too.</summary>
    CostsBlank,
}
