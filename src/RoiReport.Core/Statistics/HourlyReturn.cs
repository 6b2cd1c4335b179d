using RoiReport.Core.Survey;

namespace RoiReport.Core.Statistics;

/// <summary>Net margin per hour of one channel: (sales − direct costs) / hours.</summary>
public static class HourlyReturn
{
    /// <summary>
    /// Why a return is or is not defined. When several reasons apply, the first in this order is
    /// given: a firm that cannot attribute sales is counted as such, whatever else it left blank.
    /// </summary>
    public static ReturnStatus Classify(ChannelInput input) => input switch
    {
        { Sales: null } => ReturnStatus.SalesBlank,
        { Hours: null } => ReturnStatus.HoursBlank,
        { Hours: 0 } => ReturnStatus.HoursZero,
        { DirectCosts: null } => ReturnStatus.CostsBlank,
        _ => ReturnStatus.Defined,
    };

    /// <summary>The hourly return, or NaN where it is undefined (see <see cref="Classify"/>).</summary>
    public static double Of(ChannelInput input) =>
        Classify(input) == ReturnStatus.Defined
            ? (input.Sales!.Value - input.DirectCosts!.Value) / input.Hours!.Value
            : double.NaN;
}
