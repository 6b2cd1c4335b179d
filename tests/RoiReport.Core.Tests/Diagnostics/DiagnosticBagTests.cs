using RoiReport.Core.Diagnostics;

namespace RoiReport.Core.Tests.Diagnostics;

public sealed class DiagnosticBagTests
{
    private static IEnumerable<Diagnostic> Problems(string file, int count) =>
        Enumerable.Range(1, count).Select(line => new Diagnostic(file, line, line % 2 == 0 ? "even" : "odd", $"problem {line}"));

    [Fact]
    public void Bags_filled_apart_and_merged_in_order_report_as_one_bag_filled_in_that_order()
    {
        var parts = new[] { Problems("a.md", 25), Problems("b.md", 3), Problems("a.md", 30), Problems("c.md", 200) };
        var sequential = new DiagnosticBag();
        foreach (var diagnostic in parts.SelectMany(p => p))
        {
            sequential.Add(diagnostic);
        }

        var merged = new DiagnosticBag();
        foreach (var part in parts)
        {
            var own = new DiagnosticBag(int.MaxValue);
            foreach (var diagnostic in part)
            {
                own.Add(diagnostic);
            }
            merged.AddRange(own);
        }

        Assert.Equal(sequential.Count, merged.Count);
        Assert.Equal(sequential.Kept, merged.Kept);
        Assert.Equal(sequential.NotKept, merged.NotKept);
    }
}
