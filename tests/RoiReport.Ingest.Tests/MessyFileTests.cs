using System.Text;
using RoiReport.Core.Benchmarks;
using RoiReport.Core.Contract;
using RoiReport.Core.Sample;
using RoiReport.Core.Survey;
using RoiReport.Tests.Shared;

namespace RoiReport.Ingest.Tests;

/// <summary>A file saved by a spreadsheet, hand-edited and exported again still means the same numbers.</summary>
public sealed class MessyFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Csv(IEnumerable<Core.Survey.SurveyResponse> responses, bool includeWeight = false)
    {
        var text = new StringWriter();
        SurveyCsvWriter.Write(responses, text, includeWeight);
        return text.ToString();
    }

    private static string BenchmarkJson(SurveyData data)
    {
        Assert.True(data.IsValid, string.Join("\n", data.Problems.Listed));
        using var stream = new MemoryStream();
        Core.Contract.BenchmarkJson.Write(BenchmarkEngine.Compute(data.Table, BenchmarkSettings.Default), stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void A_messy_file_gives_the_same_figures_as_its_clean_twin()
    {
        // Labels with a comma and a line break, which both files must quote.
        var responses = SampleSurvey.Generate(400, 2025, 7)
            .Select((r, i) => i % 5 == 0 ? r with { Industry = "Retail, online" } : i % 7 == 0 ? r with { Industry = "Health\nand care" } : r)
            .ToList();
        var clean = Csv(responses);
        var cleanFile = _folder.Write("clean.csv", clean);

        // The twin: BOM, CRLF, columns in another order plus an extra one, every number quoted,
        // segments in lower case with spaces, trailing spaces, and an empty line.
        var lines = clean.TrimEnd('\n');
        var rows = SplitRecords(lines);
        var header = rows[0];
        var order = Enumerable.Range(0, header.Count).Reverse().ToArray();
        var messy = new StringBuilder("\uFEFF");
        messy.Append(string.Join(",", order.Select(i => header[i]))).Append(",comment\r\n");
        foreach (var row in rows.Skip(1))
        {
            var fields = order.Select(i =>
            {
                var value = row[i];
                return header[i] switch
                {
                    "segment" => $"  {value.ToLowerInvariant()} ",
                    "industry" or "employees" or "region" or "respondent_id" => CsvText.Field(value),
                    _ => $"\"{value}\"",
                };
            });
            messy.Append(string.Join(",", fields)).Append(",\"free text, with a comma\"\r\n");
            if (row[0].EndsWith('7'))
            {
                messy.Append("\r\n");
            }
        }
        var messyFile = _folder.Write("messy.csv", messy.ToString());

        Assert.Equal(
            BenchmarkJson(SurveyLoader.Load([cleanFile], IngestOptions.Default)),
            BenchmarkJson(SurveyLoader.Load([messyFile], IngestOptions.Default)));
    }

    [Fact]
    public void A_UTF_16_file_with_a_byte_order_mark_is_read()
    {
        var text = Csv(SampleSurvey.Generate(50, 2025, 3));
        var utf8 = _folder.Write("utf8.csv", text);
        var utf16 = _folder.WriteBytes("utf16.csv", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);
        Assert.Equal(
            BenchmarkJson(SurveyLoader.Load([utf8], IngestOptions.Default)),
            BenchmarkJson(SurveyLoader.Load([utf16], IngestOptions.Default)));
    }

    [Fact]
    public void Written_responses_read_back_to_the_same_columns()
    {
        var responses = SampleSurvey.Generate(300, 2024, 11).Concat(SampleSurvey.Generate(200, 2025, 12)).Select((r, i) => r with { Weight = 1 + (i % 4 * 0.25) }).ToList();
        var data = SurveyLoader.Load([_folder.Write("a.csv", Csv(responses, includeWeight: true))], IngestOptions.Default);
        Assert.True(data.IsValid, string.Join("\n", data.Problems.Listed));
        var expected = SurveyTable.From(responses);
        Assert.True(data.Table.Weighted);
        Assert.Equal(expected.Waves.Count, data.Table.Waves.Count);
        foreach (var (want, got) in expected.Waves.Zip(data.Table.Waves))
        {
            Assert.Equal((want.Year, want.Count), (got.Year, got.Count));
            Assert.True(Bits(want.SocialMedia).SequenceEqual(Bits(got.SocialMedia)), "social-media returns");
            Assert.True(Bits(want.Other).SequenceEqual(Bits(got.Other)), "other-marketing returns");
            Assert.True(Bits(want.Weights).SequenceEqual(Bits(got.Weights)), "weights");
            Assert.Equal(want.SocialMediaStatus.ToArray(), got.SocialMediaStatus.ToArray());
            Assert.Equal((want.SocialMediaCounts, want.OtherCounts), (got.SocialMediaCounts, got.OtherCounts));
            foreach (var dimension in DimensionNames.All)
            {
                Assert.Equal(want.Labels(dimension), got.Labels(dimension));
                Assert.Equal(want.Codes(dimension).ToArray(), got.Codes(dimension).ToArray());
            }
        }
    }

    private static byte[] Bits(ReadOnlySpan<double> values) => System.Runtime.InteropServices.MemoryMarshal.AsBytes(values).ToArray();

    /// <summary>Splits RFC 4180 text into records of unquoted fields (the test's own small reader).</summary>
    private static List<List<string>> SplitRecords(string text)
    {
        var records = new List<List<string>> { new() };
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                records[^1].Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                records[^1].Add(field.ToString());
                field.Clear();
                records.Add([]);
            }
            else
            {
                field.Append(c);
            }
        }
        records[^1].Add(field.ToString());
        return records;
    }
}
