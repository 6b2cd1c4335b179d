using RoiReport.Site.Charts;
using SkiaSharp;

namespace RoiReport.Site.Tests.Charts;

public sealed class CharacterMapTests
{
    private static readonly byte[] Font = File.ReadAllBytes(Demo.FontFile);

    private static ushort[] Glyphs(byte[] font, string text)
    {
        using var typeface = SKTypeface.FromData(SKData.CreateCopy(font));
        using var skFont = new SKFont(typeface);
        return skFont.GetGlyphs(text);
    }

    [Fact]
    public void Reads_the_same_glyph_for_each_character_as_Skia()
    {
        var map = CharacterMap.Read(Font)!;
        Assert.True(map.Count > 5000, $"{map.Count} characters");
        const string text = "Aa0€£¥₹−–Łŀ Ωπ Жж";
        var glyphs = Glyphs(Font, text);
        Assert.Equal(glyphs, text.Select(c => map[c]));
    }

    [Fact]
    public void A_reduced_font_maps_only_the_characters_kept_each_to_its_glyph_as_before()
    {
        var reduced = CharacterMap.Reduce(Font, "abc€".Select(c => (int)c))!;
        var map = CharacterMap.Read(reduced)!;
        Assert.Equal(Glyphs(Font, "abc€"), Glyphs(reduced, "abc€"));
        Assert.Equal([0, 0], Glyphs(reduced, "dZ"));
        Assert.All("abc€", c => Assert.Contains((int)c, map.Keys));
        Assert.DoesNotContain('d', map.Keys);
        // Every other table is as it was, and the font is smaller than the whole only by its map.
        Assert.InRange(reduced.Length, Font.Length - 40_000, Font.Length);
    }

    [Fact]
    public void The_lowest_character_of_a_kept_glyph_is_kept_so_glyphs_map_back_as_before()
    {
        // A font where Cyrillic А (U+0410) is drawn with the glyph of Latin A, as some fonts do.
        var whole = new Dictionary<int, ushort>(CharacterMap.Read(Font)!) { [0x0410] = CharacterMap.Read(Font)!['A'] };
        var font = CharacterMap.WithMap(Font, whole)!;
        var reduced = CharacterMap.Read(CharacterMap.Reduce(font, [0x0410, 'b'])!)!;
        Assert.Equal(['A', 'b', 0x0410], reduced.Keys.Order());
    }

    [Fact]
    public void A_file_that_is_not_a_font_is_not_read()
    {
        Assert.Null(CharacterMap.Read("not a font, just text"u8.ToArray()));
        Assert.Null(CharacterMap.Reduce(new byte[64], [65]));
        Assert.Null(CharacterMap.Read(Font.AsSpan(0, 200)));
    }
}
