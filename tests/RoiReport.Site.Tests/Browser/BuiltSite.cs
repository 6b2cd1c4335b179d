using RoiReport.Core.Diagnostics;

namespace RoiReport.Site.Tests.Browser;

/// <summary>The demonstration site, built once for the browser and validator tests and served on loopback.</summary>
public sealed class BuiltSite : IDisposable
{
    private readonly StaticServer? _server;

    public BuiltSite()
    {
        Folder = Directory.CreateTempSubdirectory("roireport-browser-").FullName;
        var problems = new DiagnosticBag();
        var options = SiteOptions.Default with { BaseUrl = "https://roireport.example/" };
        var summary = SiteBuilder.Build(new SiteSources(Path.Combine(Demo.Repository, "input"), Demo.Theme), Demo.Report, options, Folder, problems, _ => { });
        if (summary is null)
        {
            throw new InvalidOperationException(string.Join("\n", problems.Listed));
        }
        if (Tools.MissingForBrowser is null)
        {
            _server = new StaticServer(Folder);
        }
    }

    public string Folder { get; }

    public string Address => _server?.Address ?? throw new InvalidOperationException("The site is served only where a browser can test it.");

    public void Dispose()
    {
        _server?.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
