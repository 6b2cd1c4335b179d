using Microsoft.Playwright;

namespace RoiReport.Site.Tests.Browser;

/// <summary>
/// The outside tools the browser and validator tests use. .ci/run installs them (Debian's chromium
/// and a JRE, npm ci in tests/tools); where one is missing, its tests are skipped with the reason.
/// </summary>
internal static class Tools
{
    public static string Chromium => Environment.GetEnvironmentVariable("ROIREPORT_CHROMIUM") ?? "/usr/bin/chromium";

    public static string AxeScript => Path.Combine(Demo.Repository, "tests", "tools", "node_modules", "axe-core", "axe.min.js");

    public static string VnuJar => Path.Combine(Demo.Repository, "tests", "tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    public static string? Java => Environment.GetEnvironmentVariable("PATH")?
        .Split(Path.PathSeparator)
        .Select(folder => Path.Combine(folder, "java"))
        .FirstOrDefault(File.Exists);

    /// <summary>
    /// Debian's Chromium, headless. Without the background-networking flags it keeps trying to
    /// reach Google's services, which this machine's closed network refuses.
    /// </summary>
    public static Task<IBrowser> LaunchChromium(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });

    public static string? MissingForBrowser =>
        !File.Exists(Chromium) ? $"no Chromium at {Chromium} (apt-get install chromium; .ci/run installs it)"
        : !File.Exists(AxeScript) ? $"no axe-core at {AxeScript} (npm ci in tests/tools; .ci/run does it)"
        : null;

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
