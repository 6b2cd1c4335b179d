using Microsoft.Playwright;
using RoiReport.Tests.Shared;

namespace RoiReport.Site.Tests.Browser;

/// <summary>
/// The outside tools the browser and validator tests use. .ci/run installs them (Debian's chromium
/// and a JRE, npm ci in tests/tools); where one is missing, its tests are skipped with the reason.
/// </summary>
internal static class Tools
{
    public static string AxeScript => Path.Combine(Demo.Repository, "tests", "tools", "node_modules", "axe-core", "axe.min.js");

    /// <summary>
    /// Run in a page after <see cref="AxeScript"/>: axe-core's serious and critical violations, each
    /// with how many elements and two of them. WCAG 2.2's target size (24 px), which axe leaves off
    /// unless asked, is asked for.
    /// </summary>
    public const string AxeSeriousViolations = """
        async () => (await axe.run(document, { resultTypes: ['violations'], rules: { 'target-size': { enabled: true } } })).violations
            .filter(v => v.impact === 'serious' || v.impact === 'critical')
            .map(v => `${v.id} (${v.impact}): ${v.nodes.length} elements, e.g. ${v.nodes.slice(0, 2).map(n => n.target.join(' ')).join(' | ')}`)
        """;

    public static string VnuJar => Path.Combine(Demo.Repository, "tests", "tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    public static string? Java => Environment.GetEnvironmentVariable("PATH")?
        .Split(Path.PathSeparator)
        .Select(folder => Path.Combine(folder, "java"))
        .FirstOrDefault(File.Exists);

    public static Task<IBrowser> LaunchChromium(IPlaywright playwright) => Chromium.Launch(playwright);

    public static string? MissingForBrowser =>
        Chromium.Missing
        ?? (!File.Exists(AxeScript) ? $"no axe-core at {AxeScript} (npm ci in tests/tools; .ci/run does it)" : null);

    public static string? MissingForValidator =>
        Java is null ? "no java on PATH (apt-get install default-jre-headless; .ci/run installs it)"
        : !File.Exists(VnuJar) ? $"no Nu Html Checker at {VnuJar} (npm ci in tests/tools; .ci/run does it)"
        : null;
}

/// <summary>A test that needs Chromium and axe-core; skipped, with the reason, where they are absent.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() => Skip = Tools.MissingForBrowser;
}

/// <summary>A test that needs Java and the Nu Html Checker; skipped, with the reason, where they are absent.</summary>
public sealed class ValidatorFactAttribute : FactAttribute
{
    public ValidatorFactAttribute() => Skip = Tools.MissingForValidator;
}
