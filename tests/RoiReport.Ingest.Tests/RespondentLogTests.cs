using RoiReport.Ingest.Csv;

namespace RoiReport.Ingest.Tests;

public sealed class RespondentLogTests
{
    [Fact]
    public void Unequal_hashes_clear_every_firm_without_the_identifiers()
    {
        var log = new RespondentLog(keepIdentifiers: false);
        for (var i = 0; i < 5_000; i++)
        {
            var id = System.Text.Encoding.UTF8.GetBytes($"F{i}");
            log.Add(RespondentLog.Hash(2025, id), 2025, id, 0, i + 2);
        }
        Assert.Equal([], log.Duplicates());
    }

    [Theory]
    [InlineData(new ulong[] { 42, 42 })]
    [InlineData(new ulong[] { 42, 42, 1, 2 })]
    [InlineData(new ulong[] { 1, 2, 3, 42, 42 })]
    [InlineData(new ulong[] { 9, 42, 5, 7, 42, 3 })]
    [InlineData(new ulong[] { ulong.MaxValue, 0, 8, ulong.MaxValue })]
    public void Equal_hashes_need_the_identifiers(ulong[] hashes)
    {
        var log = new RespondentLog(keepIdentifiers: false);
        foreach (var hash in hashes)
        {
            log.Add(hash, 2025, "A"u8, 0, 2);
        }
        Assert.Null(log.Duplicates());
    }

    [Theory]
    [InlineData(new ulong[] { })]
    [InlineData(new ulong[] { 42 })]
    [InlineData(new ulong[] { 9, 42, 5, 7, 41, 3 })]
    public void Unequal_hashes_clear_the_firms_however_few(ulong[] hashes)
    {
        var log = new RespondentLog(keepIdentifiers: false);
        foreach (var hash in hashes)
        {
            log.Add(hash, 2025, "A"u8, 0, 2);
        }
        Assert.Equal([], log.Duplicates());
    }

    [Fact]
    public void Firms_whose_hashes_collide_are_told_apart_by_their_identifiers_and_waves()
    {
        var log = new RespondentLog(keepIdentifiers: true);
        log.Add(42, 2025, "A"u8, 0, 2);
        log.Add(42, 2025, "B"u8, 0, 3);
        log.Add(42, 2024, "A"u8, 1, 2);
        log.Add(7, 2025, "C"u8, 1, 3);
        log.Add(42, 2025, "A"u8, 1, 9);
        log.Add(42, 2025, "B"u8, 1, 4);
        Assert.Equal(
            [new RespondentLog.Duplicate(1, 9, 2025, "A", 0, 2), new RespondentLog.Duplicate(1, 4, 2025, "B", 0, 3)],
            log.Duplicates());
    }
}
