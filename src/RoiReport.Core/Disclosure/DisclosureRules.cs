namespace RoiReport.Core.Disclosure;

/// <summary>
/// The published parameters of the disclosure control. A withheld figure that can be worked out
/// from published ones is off by at least <see cref="MinRelativeError"/> of its true value (the p%
/// rule), or <see cref="MinMeanError"/> an hour, or <see cref="MinCountError"/> of a firm; a
/// published figure is within <see cref="MaxMeanRelativeError"/> (or <see cref="MaxMeanError"/> an hour)
/// and <see cref="MaxShareError"/>, and closer still in groups of <see cref="LargeGroup"/> firms or more.
/// </summary>
public static class DisclosureRules
{
    public const string Method = "controlled-tabular-adjustment";

    public const double MinRelativeError = 0.10;

    public const double MinMeanError = 0.50;

    public const double MinCountError = 0.5;

    /// <summary>Each protected figure's adjustment is its minimum times a secret factor drawn uniformly from this range.</summary>
    public const double MarginLow = 1.1;

    public const double MarginHigh = 1.6;

    public const double MaxMeanRelativeError = 0.10;

    public const double MaxMeanError = 1.00;

    public const double MaxShareError = 0.05;

    public const int LargeGroup = 100;

    public const double LargeGroupMeanRelativeError = 0.02;

    public const double LargeGroupMeanError = 0.10;

    public const double LargeGroupShareError = 0.01;

    /// <summary>
    /// How far a withheld total must be from any value derived from the published figures: a sum of
    /// returns over <paramref name="baseWeight"/> firms, or a count whose largest weight is <paramref name="maxWeight"/>.
    /// </summary>
    public static double MinError(bool mean, double total, double baseWeight, double maxWeight) =>
        mean ? Math.Max(MinRelativeError * Math.Abs(total), MinMeanError * baseWeight) : MinCountError * maxWeight;

    /// <summary>
    /// How far a published total may be from the true one, at most: for a share, also one firm,
    /// since in a group of fewer than 20 firms a share moves in steps of more than 5 points anyway.
    /// Never less than the minimum error, so that a figure withheld for moving further stays protected.
    /// </summary>
    public static double MaxError(bool mean, double total, double baseWeight, double maxWeight) =>
        Math.Max(
            mean ? Math.Max(MaxMeanRelativeError * Math.Abs(total), MaxMeanError * baseWeight) : Math.Max(MaxShareError * baseWeight, maxWeight),
            MinError(mean, total, baseWeight, maxWeight));

    /// <summary>How far a published total of a group of <see cref="LargeGroup"/> firms or more may be from the true one.</summary>
    public static double LargeGroupError(bool mean, double total, double baseWeight) =>
        mean ? Math.Max(LargeGroupMeanRelativeError * Math.Abs(total), LargeGroupMeanError * baseWeight) : LargeGroupShareError * baseWeight;
}
