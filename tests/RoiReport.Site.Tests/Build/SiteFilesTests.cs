using RoiReport.Site.Output;

namespace RoiReport.Site.Tests.Build;

public sealed class SiteFilesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("roireport-files-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string At(string relative) => Path.Combine(_folder, relative);

    [Fact]
    public void An_update_writes_what_changed_leaves_what_did_not_and_removes_what_the_site_no_longer_has()
    {
        var first = new SiteFiles();
        first.Add("index.html", "home");
        first.Add("old/page/index.html", "old");
        first.Add("keep.css", "body{}");
        Assert.Equal(new SiteFiles.Changes(3, 0, 0), first.Update(_folder));
        var untouched = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(At("keep.css"), untouched);

        var second = new SiteFiles();
        second.Add("index.html", "home, changed");
        second.Add("keep.css", "body{}");
        second.Add("new/index.html", "new");
        Assert.Equal(new SiteFiles.Changes(2, 1, 1), second.Update(_folder));

        Assert.Equal("home, changed", File.ReadAllText(At("index.html")));
        Assert.Equal(untouched, File.GetLastWriteTimeUtc(At("keep.css")));
        Assert.Equal("new", File.ReadAllText(At("new/index.html")));
        Assert.False(Directory.Exists(At("old")), "a folder the site no longer has is removed");
        Assert.Equal(["index.html", "keep.css", "new/index.html"],
            Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_folder, f)).Order(StringComparer.Ordinal));
    }
}
