using RoiReport.Core.Disclosure;

namespace RoiReport.Core.Tests.Benchmarks;

/// <summary>Checks a protected figure against the exact one by the published rules of <see cref="DisclosureRules"/>.</summary>
internal static class ProtectedFigureAssert
{
    /// <param name="rows">The figure's base, in firms (unweighted).</param>
    /// <param name="published">Null where the figure is withheld because its adjustment would mislead.</param>
    /// <param name="n">The group's n, which decides whether it is a large group.</param>
    public static void Near(double exact, int rows, double? published, bool mean, int n)
    {
        if (published is not { } value)
        {
            return;
        }
        var total = exact * rows;
        var error = Math.Abs(value - exact) * rows;
        Assert.True(error <= DisclosureRules.MaxError(mean, total, rows, 1) * (1 + 1e-9),
            $"published {value} is {error} from the exact {exact} over {rows} firms, beyond {DisclosureRules.MaxError(mean, total, rows, 1)}");
        if (n >= DisclosureRules.LargeGroup)
        {
            Assert.True(error <= DisclosureRules.LargeGroupError(mean, total, rows) * (1 + 1e-9),
                $"published {value} is {error} from the exact {exact} over {rows} firms, beyond the large-group limit");
        }
    }
}
