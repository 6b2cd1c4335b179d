using Microsoft.Playwright;

namespace RoiReport.Tests.Shared;

/// <summary>
/// Debian's Chromium, driven by Playwright without a browser download. Linked into each test
/// project that needs a browser; .ci/run installs the package.
/// </summary>
internal static class Chromium
{
    public static string Executable => Environment.GetEnvironmentVariable("ROIREPORT_CHROMIUM") ?? "/usr/bin/chromium";

    public static string? Missing => File.Exists(Executable) ? null : $"no Chromium at {Executable} (apt-get install chromium; .ci/run installs it)";

    /// <summary>
    /// Headless. Without the background-networking flags Chromium keeps trying to reach Google's
    /// services, which this machine's closed network refuses.
    /// </summary>
    public static Task<IBrowser> Launch(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
}

/// <summary>A test that needs Chromium; skipped, with the reason, where it is absent.</summary>
public sealed class ChromiumFactAttribute : Xunit.FactAttribute
{
    public ChromiumFactAttribute() => Skip = Chromium.Missing;
}
