using RoiReport.Site.Output;

namespace RoiReport.Site.Tests.Build;

public sealed class SiteFilesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("roireport-files-").FullName;

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        if (Directory.Exists(_folder + "-cache"))
        {
            Directory.Delete(_folder + "-cache", recursive: true);
        }
    }

    private string At(string relative) => Path.Combine(_folder, relative);

    private static (int Written, int Unchanged, int Removed) Counts(SiteFiles.Changes changes) => (changes.Written, changes.Unchanged, changes.Removed);

    private string Manifest => Path.Combine(_folder + "-cache", "output.manifest");

    /// <summary>Builds a keyed page and a keyed chart into the folder and saves the manifest.</summary>
    private void FirstBuild()
    {
        var first = new SiteFiles();
        first.Add("index.html", "home", key: "k-home");
        first.Add("charts/a.svg", "<svg/>", key: "k-a");
        first.Add("robots.txt", "User-agent: *");
        first.Update(_folder).Manifest.Save(Manifest);
    }

    [Fact]
    public void A_file_whose_key_is_unchanged_is_kept_as_it_is_neither_made_nor_written_nor_removed()
    {
        FirstBuild();
        var before = File.GetLastWriteTimeUtc(At("index.html"));
        var earlier = OutputManifest.Load(Manifest, _folder);
        var second = new SiteFiles();
        Assert.True(earlier.TryReuse("index.html", "k-home", second));
        Assert.False(earlier.TryReuse("charts/a.svg", "k-a changed", second));
        Assert.False(earlier.TryReuse("robots.txt", "k-unkeyed", second));
        second.Add("charts/a.svg", "<svg>changed</svg>", key: "k-a changed");
        var changes = second.Update(_folder);

        Assert.Equal((1, 1, 1), Counts(changes));
        Assert.Equal("home", File.ReadAllText(At("index.html")));
        Assert.Equal(before, File.GetLastWriteTimeUtc(At("index.html")));
        Assert.False(File.Exists(At("robots.txt")));
        changes.Manifest.Save(Manifest);
        var third = OutputManifest.Load(Manifest, _folder);
        Assert.True(third.TryReuse("index.html", "k-home", new SiteFiles()));
        Assert.True(third.TryReuse("charts/a.svg", "k-a changed", new SiteFiles()));
    }

    [Fact]
    public void A_file_changed_or_removed_by_hand_is_made_again()
    {
        FirstBuild();
        File.WriteAllText(At("index.html"), "edited by hand");
        File.Delete(At("charts/a.svg"));
        var earlier = OutputManifest.Load(Manifest, _folder);
        Assert.False(earlier.TryReuse("index.html", "k-home", new SiteFiles()));
        Assert.False(earlier.TryReuse("charts/a.svg", "k-a", new SiteFiles()));
    }

    [Fact]
    public void The_manifest_of_another_folder_or_a_damaged_one_reuses_nothing()
    {
        FirstBuild();
        Assert.False(OutputManifest.Load(Manifest, _folder + "-elsewhere").TryReuse("index.html", "k-home", new SiteFiles()));
        File.WriteAllText(Manifest, File.ReadAllText(Manifest).Replace("\tindex.html", "", StringComparison.Ordinal));
        Assert.Equal(0, OutputManifest.Load(Manifest, _folder).Count);
        Assert.Equal(0, OutputManifest.Load(Manifest + ".missing", _folder).Count);
    }

    [Fact]
    public void In_memory_the_earlier_builds_files_themselves_are_taken_over()
    {
        var earlier = new SiteFiles();
        earlier.Add("index.html", "home", key: "k-home");
        var later = new SiteFiles();
        Assert.True(earlier.TryReuse("index.html", "k-home", later));
        Assert.False(earlier.TryReuse("index.html", "k-other", later));
        Assert.True(later.TryGet("index.html", out var bytes));
        Assert.Equal("home"u8.ToArray(), bytes);
    }

    [Fact]
    public void An_update_writes_what_changed_leaves_what_did_not_and_removes_what_the_site_no_longer_has()
    {
        var first = new SiteFiles();
        first.Add("index.html", "home");
        first.Add("old/page/index.html", "old");
        first.Add("keep.css", "body{}");
        Assert.Equal((3, 0, 0), Counts(first.Update(_folder)));
        var untouched = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(At("keep.css"), untouched);

        var second = new SiteFiles();
        second.Add("index.html", "home, changed");
        second.Add("keep.css", "body{}");
        second.Add("new/index.html", "new");
        Assert.Equal((2, 1, 1), Counts(second.Update(_folder)));

        Assert.Equal("home, changed", File.ReadAllText(At("index.html")));
        Assert.Equal(untouched, File.GetLastWriteTimeUtc(At("keep.css")));
        Assert.Equal("new", File.ReadAllText(At("new/index.html")));
        Assert.False(Directory.Exists(At("old")), "a folder the site no longer has is removed");
        Assert.Equal(["index.html", "keep.css", "new/index.html"],
            Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_folder, f)).Order(StringComparer.Ordinal));
    }
}
