using System.Text;
using RoiReport.Core.Benchmarks;
using RoiReport.Core.Diagnostics;
using RoiReport.Core.Statistics;
using RoiReport.Core.Survey;
using RoiReport.Tests.Shared;

namespace RoiReport.Ingest.Tests;

public sealed class SurveyLoaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static SurveyData Load(string file, IngestOptions? options = null) =>
        SurveyLoader.Load([file], options ?? IngestOptions.Default);

    /// <summary>The only problem reported, as the user sees it.</summary>
    private static string Problem(SurveyData data)
    {
        Assert.False(data.IsValid);
        return Assert.Single(data.Problems.Listed).ToString();
    }

    [Fact]
    public void Reads_a_clean_file()
    {
        var file = _folder.Write("a.csv", SurveyFiles.Csv(SurveyFiles.Row("F1"), SurveyFiles.Row("F2", segment: "B2C", smSales: "")));
        var data = Load(file);
        Assert.True(data.IsValid);
        var wave = Assert.Single(data.Table.Waves);
        Assert.Equal((2025, 2), (wave.Year, wave.Count));
        Assert.Equal("B2C", wave.Labels(Dimension.Segment)[wave.Codes(Dimension.Segment)[1]]);
        Assert.Equal([ReturnStatus.Defined, ReturnStatus.SalesBlank], wave.SocialMediaStatus.ToArray());
        Assert.Equal((5000 - 1000) / 100.0, wave.SocialMedia[0]);
        Assert.True(double.IsNaN(wave.SocialMedia[1]));
        Assert.Equal((9000 - 2000) / 200.0, wave.Other[1]);
        Assert.Equal(["Software"], wave.Labels(Dimension.Industry));
        Assert.False(wave.Weighted);
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_named()
    {
        var folder = Path.Combine(_folder.Path, "not-a-file.csv");
        Directory.CreateDirectory(folder);
        Assert.Matches(@"not-a-file\.csv: file: cannot be read \(.+\), expected a readable CSV file", Problem(Load(folder)));
    }

    [Fact]
    public void A_binary_file_is_refused()
    {
        var file = _folder.WriteBytes("photo.csv", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);
        Assert.EndsWith("photo.csv: file: looks binary (it contains NUL bytes), expected a CSV text file saved as UTF-8", Problem(Load(file)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData("\n\r\n  \n")]
    public void An_empty_file_is_refused(string text)
    {
        var file = _folder.Write("empty.csv", text);
        Assert.EndsWith("empty.csv: file: is empty, expected a header row and one row per firm", Problem(Load(file)));
    }

    [Fact]
    public void A_header_without_rows_is_refused()
    {
        var file = _folder.Write("header.csv", SurveyFiles.Header + "\r\n");
        Assert.EndsWith("header.csv:2: file: has a header but no data rows, expected one row per firm", Problem(Load(file)));
    }

    [Fact]
    public void A_missing_required_column_is_named_with_how_to_map_it()
    {
        var file = _folder.Write("a.csv", SurveyFiles.Csv(SurveyFiles.Row("F1")).Replace("sm_hours", "social_hours", StringComparison.Ordinal));
        Assert.EndsWith("a.csv:1: sm_hours: missing required column, expected a column named sm_hours; the closest header is 'social_hours': if that is it, "
            + "map it under columns: in roireport.yml with the line \"sm_hours: social_hours\"", Problem(Load(file)));
    }

    [Fact]
    public void A_missing_required_column_with_no_header_like_it_says_how_to_map_one()
    {
        var file = _folder.Write("a.csv", SurveyFiles.Csv(SurveyFiles.Row("F1")).Replace("sm_hours", "notes", StringComparison.Ordinal));
        Assert.EndsWith("a.csv:1: sm_hours: missing required column, expected a column named sm_hours (other header names can be mapped under columns: in roireport.yml)", Problem(Load(file)));
    }

    [Fact]
    public void A_mapped_header_name_is_read_as_its_canonical_column()
    {
        var file = _folder.Write("a.csv", SurveyFiles.Csv(SurveyFiles.Row("F1")).Replace("sm_hours", "Social Hours", StringComparison.Ordinal));
        var data = Load(file, IngestOptions.Default with { ColumnAliases = new Dictionary<string, string> { ["sm_hours"] = "social hours" } });
        Assert.True(data.IsValid);
        Assert.Equal((5000 - 1000) / 100.0, data.Table.Waves[0].SocialMedia[0]);
    }

    [Fact]
    public void A_wrong_field_count_is_reported_with_its_line()
    {
        var file = _folder.Write("a.csv", SurveyFiles.Csv(SurveyFiles.Row("F1"), SurveyFiles.Row("F2", industry: "Retail, online")));
        Assert.EndsWith("a.csv:3: record: has 14 fields, expected 13 as in the header (a value that contains a comma must be in double quotes)", Problem(Load(file)));
    }

    [Fact]
    public void An_unclosed_quote_is_reported_where_it_opens()
    {
        var file = _folder.Write("a.csv", SurveyFiles.Csv(SurveyFiles.Row("F1"), SurveyFiles.Row("F2", industry: "\"Retail"), SurveyFiles.Row("F3")));
        Assert.EndsWith("a.csv:3: record: a quoted field that starts on this line is never closed, expected a closing double quote (\")", Problem(Load(file)));
    }

    [Theory]
    [InlineData("abc", "sm_hours: 'abc' is not a number, expected a plain number such as 1250 or 1250.50 (no currency signs or thousands separators), or blank if unknown")]
    [InlineData("\"1,200\"", "sm_hours: '1,200' is not a number")]
    [InlineData("$120", "sm_hours: '$120' is not a number")]
    [InlineData("NaN", "sm_hours: 'NaN' is not a number")]
    [InlineData("-5", "sm_hours: '-5' is negative, expected a number of at least 0")]
    [InlineData("1e308", "sm_hours: '1e308' is too large to be a survey answer, expected a number below 1,000,000,000,000,000")]
    [InlineData("1e-320", "sm_hours: '1e-320' is too small to be hours, expected 0 or at least 0.001")]
    public void A_bad_number_is_reported_with_its_line_and_column(string hours, string expected)
    {
        var file = _folder.Write("a.csv", SurveyFiles.Csv(SurveyFiles.Row("F1"), SurveyFiles.Row("F2"), SurveyFiles.Row("F3", smHours: hours)));
        Assert.Contains("a.csv:4: " + expected, Problem(Load(file)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("thirty", "sm_staff_cost_per_hour: 'thirty' is not a number, expected a plain number such as 1250 or 1250.50 (no currency signs or thousands separators), or blank if unknown")]
    [InlineData("-30", "sm_staff_cost_per_hour: '-30' is negative, expected a number of at least 0 (or blank if unknown)")]
    public void A_bad_staff_cost_is_reported_with_its_line_and_column(string cost, string expected)
    {
        var lines = SurveyFiles.Csv(SurveyFiles.Row("F1"), SurveyFiles.Row("F2")).TrimEnd('\n').Split('\n');
        var file = _folder.Write("a.csv", string.Join('\n', [lines[0] + ",sm_staff_cost_per_hour", lines[1] + ",32.50", lines[2] + "," + cost]) + "\n");
        Assert.EndsWith("a.csv:3: " + expected, Problem(Load(file)));
    }

    [Theory]
    [InlineData("-1", "sm_years: '-1' is negative, expected a number of at least 0 (or blank if unknown)")]
    [InlineData("two", "sm_years: 'two' is not a number, expected a plain number such as 1250 or 1250.50 (no currency signs or thousands separators), or blank if unknown")]
    public void Bad_years_on_social_media_are_reported_with_their_line_and_column(string years, string expected)
    {
        var lines = SurveyFiles.Csv(SurveyFiles.Row("F1"), SurveyFiles.Row("F2")).TrimEnd('\n').Split('\n');
        var file = _folder.Write("a.csv", string.Join('\n', [lines[0] + ",sm_years", lines[1] + ",2", lines[2] + "," + years]) + "\n");
        Assert.EndsWith("a.csv:3: " + expected, Problem(Load(file)));
    }

    [Fact]
    public void Each_cut_bands_its_answers_with_a_value_on_an_edge_in_the_upper_band_and_a_blank_in_none()
    {
        // Sales cycles 2.99, 3 (an edge), 12 (an edge) and blank; hours 103.9 and 104 a year (2 a week, an edge); years 1, blank; platforms.
        string[] extra = ["2.99,103.9,0.5,LinkedIn", "3,104,1,Facebook", "12,1040,,LinkedIn", ",,3,"];
        var lines = SurveyFiles.Csv(SurveyFiles.Row("F1"), SurveyFiles.Row("F2"), SurveyFiles.Row("F3"), SurveyFiles.Row("F4")).TrimEnd('\n').Split('\n');
        var rows = lines.Skip(1).Select((line, i) =>
        {
            var fields = line.Split(',');
            fields[6] = extra[i].Split(',')[0];
            fields[7] = extra[i].Split(',')[1];
            return string.Join(',', fields) + "," + string.Join(',', extra[i].Split(',')[2..]);
        });
        var file = _folder.Write("a.csv", string.Join('\n', [lines[0] + ",sm_years,sm_primary_platform", .. rows]) + "\n");
        var data = Load(file);
        Assert.True(data.IsValid);

        var wave = data.Table.Waves[0];
        List<string?> Bands(CutColumn column)
        {
            var cut = Assert.Single(wave.Cuts, c => c.Column == column);
            return [.. Enumerable.Range(0, wave.Count).Select(i => cut.BandOf(i) is var b && b == WaveTable.Blank ? null : cut.Bands[b].Label)];
        }
        Assert.Equal<List<string?>>(["<3", "3-12", "12+", null], Bands(CutColumn.SalesCycleMonths));
        Assert.Equal<List<string?>>(["<2", "2-5", "20+", null], Bands(CutColumn.SmHoursPerWeek));
        Assert.Equal<List<string?>>(["<1", "1-3", null, "3+"], Bands(CutColumn.SmYears));
        Assert.Equal<List<string?>>(["LinkedIn", "Facebook", "LinkedIn", null], Bands(CutColumn.SmPrimaryPlatform));
        Assert.Equal(["Facebook", "LinkedIn"], wave.Cuts.Single(c => c.Column == CutColumn.SmPrimaryPlatform).Bands.Select(b => b.Label));
    }

    [Fact]
    public void A_cut_over_a_column_the_survey_lacks_or_left_blank_is_not_made()
    {
        var lines = SurveyFiles.Csv(SurveyFiles.Row("F1"), SurveyFiles.Row("F2")).TrimEnd('\n').Split('\n');
        var file = _folder.Write("a.csv", string.Join('\n', [lines[0] + ",sm_years", lines[1] + ",", lines[2] + ","]) + "\n");
        var data = Load(file);
        Assert.Equal([CutColumn.SalesCycleMonths, CutColumn.SmHoursPerWeek], data.Table.Waves[0].Cuts.Select(c => c.Column));
    }

    [Fact]
    public void A_staff_cost_places_a_firms_return_above_or_below_it_and_blank_is_unknown()
    {
        var lines = SurveyFiles.Csv(SurveyFiles.Row("F1"), SurveyFiles.Row("F2"), SurveyFiles.Row("F3")).TrimEnd('\n').Split('\n');
        // Each firm earns (5000 - 1000) / 100 = 40 an hour.
        var file = _folder.Write("a.csv", string.Join('\n', [lines[0] + ",sm_staff_cost_per_hour", lines[1] + ",32.50", lines[2] + ",45", lines[3] + ","]) + "\n");
        var data = Load(file);
        Assert.True(data.IsValid);
        Assert.Equal(
            [FirmFlags.SocialMediaHours | FirmFlags.StaffCostKnown | FirmFlags.AboveStaffCost, FirmFlags.SocialMediaHours | FirmFlags.StaffCostKnown, FirmFlags.SocialMediaHours],
            data.Table.Waves[0].Flags.ToArray());
    }

    [Theory]
    [InlineData("B2G", "segment: unknown segment 'B2G', expected B2B or B2C")]
    [InlineData("", "segment: is blank, expected B2B or B2C")]
    public void An_unknown_segment_is_refused(string segment, string expected)
    {
        var file = _folder.Write("a.csv", SurveyFiles.Csv(SurveyFiles.Row("F1", segment: segment)));
        Assert.EndsWith("a.csv:2: " + expected, Problem(Load(file)));
    }

    [Theory]
    [InlineData("20x5")]
    [InlineData("1850")]
    [InlineData("2025.0")]
    public void A_bad_year_is_refused(string year)
    {
        var file = _folder.Write("a.csv", SurveyFiles.Csv(SurveyFiles.Row("F1", year: year)));
        Assert.EndsWith($"a.csv:2: survey_year: '{year}' is not a survey year, expected a whole number from 1990 to 2100 such as 2025", Problem(Load(file)));
    }

    [Fact]
    public void A_duplicate_respondent_in_a_wave_is_refused_even_across_files()
    {
        var first = _folder.Write("a.csv", SurveyFiles.Csv(SurveyFiles.Row("F1"), SurveyFiles.Row("F2")));
        var second = _folder.Write("b.csv", SurveyFiles.Csv(SurveyFiles.Row("F9"), SurveyFiles.Row("F2"), SurveyFiles.Row("F1", year: "2024")));
        var data = SurveyLoader.Load([first, second], IngestOptions.Default);
        Assert.EndsWith($"b.csv:3: respondent_id: 'F2' appears again in wave 2025 (first at {first}:3), expected one row per firm per wave", Problem(data));
    }

    [Fact]
    public void Duplicates_and_other_problems_are_reported_in_file_order_as_one_run_would()
    {
        // Every third row repeats a firm of the first file, every fifth has a bad year, the others are clean.
        var first = _folder.Write("a.csv", SurveyFiles.Csv([.. Enumerable.Range(1, 40).Select(i => SurveyFiles.Row($"F{i}"))]));
        var rows = Enumerable.Range(1, 90).Select(i => i % 3 == 0 ? SurveyFiles.Row($"F{i % 40 + 1}") : SurveyFiles.Row($"G{i}", year: i % 5 == 0 ? "x" : "2025")).ToArray();
        var second = _folder.Write("b.csv", SurveyFiles.Csv(rows));
        var data = SurveyLoader.Load([first, second], IngestOptions.Default with { MaxProblems = 15 });

        var expected = new DiagnosticBag(15);
        for (var i = 1; i <= rows.Length; i++)
        {
            if (i % 3 == 0)
            {
                expected.Add(new Diagnostic(second, i + 1, "respondent_id", $"'F{i % 40 + 1}' appears again in wave 2025 (first at {first}:{i % 40 + 2}), expected one row per firm per wave"));
            }
            else if (i % 5 == 0)
            {
                expected.Add(new Diagnostic(second, i + 1, "survey_year", "'x' is not a survey year, expected a whole number from 1990 to 2100 such as 2025"));
            }
        }
        Assert.Equal(expected.Count, data.Problems.Count);
        Assert.Equal(expected.Listed, data.Problems.Listed);
        Assert.Equal(expected.Tallied, data.Problems.Tallied);
    }

    [Fact]
    public void A_firm_taken_three_times_is_reported_twice_against_its_first_row()
    {
        var file = _folder.Write("a.csv", SurveyFiles.Csv(SurveyFiles.Row("F1"), SurveyFiles.Row("F2"), SurveyFiles.Row("F1"), SurveyFiles.Row("F1", year: "2024"), SurveyFiles.Row("F1")));
        var data = Load(file);
        Assert.Equal([(4L, $"{file}:2"), (6L, $"{file}:2")], data.Problems.Listed.Select(p => (p.Line, p.Message.Split("first at ")[1].Split(')')[0])));
    }

    [Theory]
    [InlineData("contact_email", "e-mail addresses")]
    [InlineData("CompanyName", "company names")]
    [InlineData("company", "company names")]
    [InlineData("phone", "phone numbers")]
    [InlineData("Website URL", "web addresses")]
    [InlineData("street_address", "addresses")]
    [InlineData("first_name", "people's names")]
    [InlineData("name", "names")]
    [InlineData("vat_number", "registration numbers")]
    public void A_column_that_looks_like_an_identifier_is_refused(string header, string kind)
    {
        var file = _folder.Write("a.csv", SurveyFiles.Csv(SurveyFiles.Row("F1") + ",x").Replace(SurveyFiles.Header, SurveyFiles.Header + "," + header, StringComparison.Ordinal));
        Assert.EndsWith($"a.csv:1: {header}: column looks like it holds {kind}, which could identify a firm; expected anonymized data. Remove the column, or list it under drop: in roireport.yml to have it ignored", Problem(Load(file)));
    }

    [Theory]
    [InlineData("company_size")]
    [InlineData("industry_name")]
    [InlineData("notes")]
    [InlineData("firm_age")]
    public void An_extra_column_that_does_not_look_like_an_identifier_is_ignored(string header)
    {
        var file = _folder.Write("a.csv", SurveyFiles.Csv(SurveyFiles.Row("F1") + ",x").Replace(SurveyFiles.Header, SurveyFiles.Header + "," + header, StringComparison.Ordinal));
        var data = Load(file);
        Assert.True(data.IsValid, string.Join("\n", data.Problems.Listed));
        Assert.Equal([header], data.IgnoredColumns);
    }

    [Fact]
    public void Values_that_are_e_mail_addresses_are_refused_whatever_the_column_is_called()
    {
        var file = _folder.Write("a.csv", SurveyFiles.Csv(SurveyFiles.Row("F1") + ",call back", SurveyFiles.Row("F2") + ",jane@example.com").Replace(SurveyFiles.Header, SurveyFiles.Header + ",notes", StringComparison.Ordinal));
        Assert.EndsWith("a.csv:3: notes: column looks like it holds e-mail addresses, which could identify a firm; expected anonymized data. Remove the column, or list it under drop: in roireport.yml to have it ignored", Problem(Load(file)));
    }

    [Fact]
    public void A_dropped_identifier_column_is_ignored_without_being_read()
    {
        var file = _folder.Write("a.csv", SurveyFiles.Csv(SurveyFiles.Row("F1") + ",jane@example.com").Replace(SurveyFiles.Header, SurveyFiles.Header + ",contact_email", StringComparison.Ordinal));
        var data = Load(file, IngestOptions.Default with { DroppedColumns = new HashSet<string> { "Contact_Email" } });
        Assert.True(data.IsValid);
        Assert.Empty(data.IgnoredColumns);
    }

    [Fact]
    public void Text_that_is_not_UTF_8_is_refused_with_a_hint()
    {
        var bytes = Encoding.UTF8.GetBytes(SurveyFiles.Csv(SurveyFiles.Row("F1", industry: "Caf~")));
        bytes[Array.IndexOf(bytes, (byte)'~')] = 0xE9; // "Café" in Latin-1
        var file = _folder.WriteBytes("latin1.csv", bytes);
        Assert.EndsWith("latin1.csv:2: industry: is not valid UTF-8 text, expected the file to be saved as UTF-8", Problem(Load(file)));
    }

    [Fact]
    public void A_semicolon_separated_file_is_told_what_is_expected()
    {
        var file = _folder.Write("a.csv", SurveyFiles.Csv(SurveyFiles.Row("F1")).Replace(',', ';'));
        Assert.EndsWith("a.csv:1: file: the header has one column that contains ';', expected fields separated by commas", Problem(Load(file)));
    }

    [Theory]
    [InlineData("", "weight: is blank, expected a positive weight (this file has a weight column, so every row needs one)")]
    [InlineData("0", "weight: '0' is not positive, expected a weight above 0")]
    public void Every_row_of_a_weighted_file_needs_a_positive_weight(string weight, string expected)
    {
        var file = _folder.Write("a.csv", SurveyFiles.Csv(SurveyFiles.Row("F1") + ",2", SurveyFiles.Row("F2") + "," + weight).Replace(SurveyFiles.Header, SurveyFiles.Header + ",weight", StringComparison.Ordinal));
        Assert.EndsWith("a.csv:3: " + expected, Problem(Load(file)));
    }

    [Fact]
    public void Every_problem_is_counted_and_a_repeated_one_does_not_hide_the_rest()
    {
        var rows = Enumerable.Range(1, 250).Select(i => SurveyFiles.Row($"F{i}", segment: "B2X", smHours: i == 200 ? "x" : "1")).ToArray();
        var data = Load(_folder.Write("a.csv", SurveyFiles.Csv(rows)));
        Assert.Equal(251, data.Problems.Count);
        Assert.Equal(11, data.Problems.Listed.Count);
        Assert.Equal(11, data.Problems.Listed[9].Line);
        Assert.Equal(("sm_hours", 201L), (data.Problems.Listed[10].Subject, data.Problems.Listed[10].Line));
        Assert.Equal((data.Problems.Listed[0].File, "segment", 240), Assert.Single(data.Problems.Tallied));
    }

    [Fact]
    public void At_most_a_hundred_problems_are_kept()
    {
        var files = Enumerable.Range(1, 15)
            .Select(f => _folder.Write($"f{f}.csv", SurveyFiles.Csv([.. Enumerable.Range(1, 12).Select(i => SurveyFiles.Row($"F{i}", year: "1"))])))
            .ToList();
        var data = SurveyLoader.Load(files, IngestOptions.Default);
        Assert.Equal(180, data.Problems.Count);
        Assert.Equal(100, data.Problems.Listed.Count);
    }

    [Fact]
    public void Several_problems_in_one_row_are_all_reported()
    {
        var data = Load(_folder.Write("a.csv", SurveyFiles.Csv(SurveyFiles.Row("F1", year: "x", segment: "?", smHours: "-1"))));
        Assert.Equal(["survey_year", "segment", "sm_hours"], data.Problems.Listed.Select(p => p.Subject));
    }
}
