using RoiReport.Site.Charts;

namespace RoiReport.Site.Tests.Charts;

public sealed class SvgInlinerTests
{
    private const string ScottPlotSvg = """
        <?xml version="1.0" encoding="utf-8" ?>
        <svg xmlns="http://www.w3.org/2000/svg" width="800" height="440">
        <clipPath id="cl_17"><rect x="1" y="2" width="3" height="4"/></clipPath>
        <g clip-path="url(#cl_17)"><text x="-12.5, -3.8, " y="8.4, ">Hi</text></g>
        <clipPath id="cl_18"/><g clip-path="url(#cl_18)"/>
        </svg>
        """;

    [Fact]
    public void Makes_ids_unique_per_chart_and_independent_of_render_order()
    {
        var svg = SvgInliner.Inline(ScottPlotSvg, "trend-b2b");
        Assert.Contains("id=\"trend-b2b-c1\"", svg, StringComparison.Ordinal);
        Assert.Contains("url(#trend-b2b-c1)", svg, StringComparison.Ordinal);
        Assert.Contains("url(#trend-b2b-c2)", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("cl_", svg, StringComparison.Ordinal);
        Assert.Equal(svg, SvgInliner.Inline(ScottPlotSvg.Replace("cl_17", "cl_3", StringComparison.Ordinal).Replace("cl_18", "cl_4", StringComparison.Ordinal), "trend-b2b"));
    }

    [Fact]
    public void Scales_instead_of_having_a_fixed_size_and_has_no_xml_declaration()
    {
        var svg = SvgInliner.Inline(ScottPlotSvg, "x");
        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 800 440\"", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<?xml", svg, StringComparison.Ordinal);
        Assert.Contains("x=\"-12.5, -3.8\" y=\"8.4\"", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_every_id_before_a_reference_to_an_id_no_element_has()
    {
        const string svg = "\n<svg width=\"4\" height=\"2\"><g clip-path=\"url(#gone)\"/><clipPath id=\"a\"/><use href=\"#a\"/></svg>\n";
        Assert.Equal(
            "<svg viewBox=\"0 0 4 2\" class=\"chart-svg\" aria-hidden=\"true\" focusable=\"false\"><g clip-path=\"url(#x-c2)\"/><clipPath id=\"x-c1\"/><use href=\"#x-c1\"/></svg>",
            SvgInliner.Inline(svg, "x"));
    }
}
