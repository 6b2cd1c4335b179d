using System.Diagnostics;

namespace RoiReport.Site.Tests.Browser;

/// <summary>The Nu Html Checker (the W3C's validator) on every page of the built site.</summary>
public sealed class ValidatorTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    [ValidatorFact]
    public void The_Nu_Html_Checker_reports_no_error_on_any_page()
    {
        var start = new ProcessStartInfo(Tools.Java!) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-jar", Tools.VnuJar, "--errors-only", "--skip-non-html", site.Folder })
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(Directory.EnumerateFiles(site.Folder, "*.html", SearchOption.AllDirectories).Count() > 100);
        Assert.Equal("", errors.Replace(site.Folder, "", StringComparison.Ordinal) + output.Result);
        Assert.Equal(0, process.ExitCode);
    }
}
