using RoiReport.Core.Diagnostics;

namespace RoiReport.Core.Tests.Diagnostics;

public sealed class DiagnosticBagTests
{
    private static IEnumerable<Diagnostic> Problems(string file, int count) =>
        Enumerable.Range(1, count).Select(line => new Diagnostic(file, line, line % 2 == 0 ? "even" : "odd", $"problem {line}"));

    private static void AssertReportsAs(DiagnosticBag expected, DiagnosticBag actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected.Listed, actual.Listed);
        Assert.Equal(expected.Tallied, actual.Tallied);
    }

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

        AssertReportsAs(sequential, merged);
    }

    [Fact]
    public void Two_bags_merged_in_an_order_report_as_one_bag_filled_in_that_order()
    {
        // Lines 1 to 400 of two files, each line's problem in one of two bags, two subjects shared.
        var random = new Random(7);
        var all = Enumerable.Range(1, 400)
            .Select(line => (Bag: random.Next(3) == 0 ? 1 : 0, Problem: new Diagnostic(line <= 200 ? "a.csv" : "b.csv", line, random.Next(3) == 0 ? "id" : "year", $"problem {line}")))
            .ToList();
        var sequential = new DiagnosticBag(30);
        var bags = new[] { new DiagnosticBag(int.MaxValue), new DiagnosticBag(int.MaxValue) };
        foreach (var (bag, problem) in all)
        {
            sequential.Add(problem);
            bags[bag].Add(problem);
        }

        var merged = new DiagnosticBag(30);
        merged.AddMerged(bags[0], bags[1], (x, y) => x.Line.CompareTo(y.Line));

        AssertReportsAs(sequential, merged);
    }

    [Fact]
    public void A_bag_that_reached_its_capacity_cannot_be_merged()
    {
        var full = new DiagnosticBag(2);
        foreach (var problem in Problems("a.md", 3))
        {
            full.Add(problem);
        }
        Assert.Throws<ArgumentException>(() => new DiagnosticBag().AddMerged(full, new DiagnosticBag(), (x, y) => x.Line.CompareTo(y.Line)));
    }
}
