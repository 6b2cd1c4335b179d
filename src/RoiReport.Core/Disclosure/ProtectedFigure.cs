namespace RoiReport.Core.Disclosure;

/// <summary>
/// A published figure that is a total in disguise: a mean times its base is a sum of returns, a
/// share times its base is a count of firms. These are the figures the disclosure control adjusts.
/// </summary>
public enum ProtectedFigure
{
    /// <summary><c>hourly_return.mean</c>: the sum of social-media returns over the firms that have one.</summary>
    Mean,

    /// <summary><c>share_positive</c>: the count of firms with a social-media return above zero.</summary>
    SharePositive,

    /// <summary><c>share_attributing</c>: the count of respondents who attributed sales to social media.</summary>
    ShareAttributing,

    /// <summary><c>other_hourly_return.mean</c>: the sum of other-marketing returns.</summary>
    OtherMean,

    /// <summary><c>share_sm_ge_other</c>: the count of firms whose social-media return is at least their other one.</summary>
    ShareSmGeOther,

    /// <summary>
    /// <c>share_positive_bounds</c>: the count of respondents who put hours into social media but could not
    /// attribute sales to it, which widens <c>share_positive</c> into its bounds (their other count).
    /// </summary>
    Unattributed,

    /// <summary><c>share_above_staff_cost</c>: the count of firms whose social-media return is above their staff cost per hour.</summary>
    AboveStaffCost,
}

public static class ProtectedFigures
{
    public static IReadOnlyList<ProtectedFigure> All { get; } = Enum.GetValues<ProtectedFigure>();

    /// <summary>The figure's name in the public JSON.</summary>
    public static string Name(ProtectedFigure figure) => figure switch
    {
        ProtectedFigure.Mean => "hourly_return.mean",
        ProtectedFigure.SharePositive => "share_positive",
        ProtectedFigure.ShareAttributing => "share_attributing",
        ProtectedFigure.OtherMean => "other_hourly_return.mean",
        ProtectedFigure.ShareSmGeOther => "share_sm_ge_other",
        ProtectedFigure.Unattributed => "share_positive_bounds",
        ProtectedFigure.AboveStaffCost => "share_above_staff_cost",
        _ => throw new ArgumentOutOfRangeException(nameof(figure)),
    };

    /// <summary>Whether the figure is a mean (a sum of returns over its base) rather than a share (a count).</summary>
    public static bool IsMean(ProtectedFigure figure) => figure is ProtectedFigure.Mean or ProtectedFigure.OtherMean;

    /// <summary>
    /// Whether the figure needs its own base to reach <c>min_n</c> as well as the group's n: the other
    /// mean needs <c>n_other</c> firms, the share of firms whose social media does at least as well needs
    /// <c>n_both</c>, the share above staff cost <c>n_staff_cost</c>.
    /// </summary>
    public static bool NeedsOwnBase(ProtectedFigure figure) => figure is ProtectedFigure.OtherMean or ProtectedFigure.ShareSmGeOther or ProtectedFigure.AboveStaffCost;
}
