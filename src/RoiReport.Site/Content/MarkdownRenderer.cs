using Markdig;

namespace RoiReport.Site.Content;

/// <summary>
/// Markdown to HTML with Markdig's advanced extensions (tables, footnotes, heading ids and the
/// rest). The pipeline is immutable and thread-safe, so one serves the whole build. Raw HTML is
/// kept: the site's author may write it on purpose.
/// </summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    public static string ToHtml(string markdown) => Markdown.ToHtml(markdown, Pipeline);
}
