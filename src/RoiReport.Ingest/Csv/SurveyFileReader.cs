using CsvHelper;
using RoiReport.Core.Diagnostics;
using RoiReport.Core.Survey;

namespace RoiReport.Ingest.Csv;

/// <summary>Reads one survey CSV file into responses, reporting every problem with its line.</summary>
internal sealed class SurveyFileReader(string file, IngestOptions options, DiagnosticBag problems, RespondentRegistry registry)
{
    private const int SniffBytes = 8192;

    private readonly Dictionary<long, CsvMalformedReason> _malformed = [];
    private readonly HashSet<int> _flaggedColumns = [];

    /// <summary>Whether the file has a weight column.</summary>
    public bool HasWeights { get; private set; }

    /// <summary>Extra columns that were read past.</summary>
    public IReadOnlyList<string> IgnoredColumns { get; private set; } = [];

    public void ReadInto(List<SurveyResponse> responses)
    {
        if (!Preflight())
        {
            return;
        }
        try
        {
            var csvOptions = CsvReaderOptions.Default with
            {
                Separator = ',',
                TrackLineNumbers = true,
                SkipEmptyLines = true,
                OnMalformedRecord = m => _malformed.TryAdd(m.LineNumber, m.Reason),
            };
            using var reader = CsvReader.FromFile(file, csvOptions);
            var headers = reader.Headers;
            if (headers.Count == 0)
            {
                problems.Add(new Diagnostic(file, 0, "file", "is empty, expected a header row and one row per firm"));
                return;
            }
            if (HeaderLayout.Resolve(headers, options, file, problems) is not { } layout)
            {
                return;
            }
            HasWeights = layout[SurveyColumns.Weight] >= 0;
            IgnoredColumns = [.. layout.Ignored.Select(c => c.Name)];

            var records = 0;
            while (reader.Read())
            {
                records++;
                if (ReadRecord(reader, layout) is { } response)
                {
                    responses.Add(response);
                }
            }
            if (records == 0)
            {
                problems.Add(new Diagnostic(file, 2, "file", "has a header but no data rows, expected one row per firm"));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CsvFormatException)
        {
            problems.Add(new Diagnostic(file, 0, "file", $"cannot be read ({e.Message}), expected a readable CSV file"));
        }
    }

    /// <summary>Refuses files that cannot be survey CSVs before the parser sees them.</summary>
    private bool Preflight()
    {
        var head = new byte[SniffBytes];
        int read;
        try
        {
            using var stream = File.OpenRead(file);
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new Diagnostic(file, 0, "file", $"cannot be read ({e.Message}), expected a readable CSV file"));
            return false;
        }
        ReadOnlySpan<byte> bytes = head.AsSpan(0, read);
        // UTF-16 and UTF-32 text has NUL bytes; the CSV reader transcodes it.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return true;
        }
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }
        if (bytes.Trim(" \t\r\n"u8).IsEmpty)
        {
            problems.Add(new Diagnostic(file, 0, "file", "is empty, expected a header row and one row per firm"));
            return false;
        }
        if (bytes.Contains((byte)0))
        {
            problems.Add(new Diagnostic(file, 0, "file", "looks binary (it contains NUL bytes), expected a CSV text file saved as UTF-8"));
            return false;
        }
        return true;
    }

    private SurveyResponse? ReadRecord(CsvReader reader, HeaderLayout layout)
    {
        var line = reader.LineNumber;
        if (_malformed.Remove(line, out var reason))
        {
            problems.Add(new Diagnostic(file, line, "record", Describe(reason)));
            return null;
        }
        if (reader.FieldCount != layout.FieldCount)
        {
            problems.Add(new Diagnostic(file, line, "record",
                $"has {reader.FieldCount} fields, expected {layout.FieldCount} as in the header (a value that contains a comma must be in double quotes)"));
            return null;
        }

        var valid = true;
        void Fail(string column, string message)
        {
            problems.Add(new Diagnostic(file, line, column, message));
            valid = false;
        }
        ReadOnlySpan<byte> Field(string column) => layout[column] is var i and >= 0 ? reader.GetSpan(i) : default;

        string? Text(string column)
        {
            if (!FieldParser.TryText(Field(column), out var text, out var problem))
            {
                Fail(column, problem);
            }
            return text;
        }
        double? Amount(string column)
        {
            if (!FieldParser.TryAmount(Field(column), out var value, out var problem))
            {
                Fail(column, problem);
            }
            return value;
        }
        double? Hours(string column)
        {
            if (!FieldParser.TryHours(Field(column), out var value, out var problem))
            {
                Fail(column, problem);
            }
            return value;
        }

        var id = Text(SurveyColumns.RespondentId);
        if (valid && id is null)
        {
            Fail(SurveyColumns.RespondentId, "is blank, expected the firm's anonymous identifier");
        }
        if (!FieldParser.TryYear(Field(SurveyColumns.SurveyYear), out var year, out var yearProblem))
        {
            Fail(SurveyColumns.SurveyYear, yearProblem);
        }
        if (!FieldParser.TrySegment(Field(SurveyColumns.Segment), out var segment, out var segmentProblem))
        {
            Fail(SurveyColumns.Segment, segmentProblem);
        }
        var industry = Text(SurveyColumns.Industry);
        var employees = Text(SurveyColumns.Employees);
        var region = Text(SurveyColumns.Region);
        var cycle = Amount(SurveyColumns.SalesCycleMonths);
        var socialMedia = new ChannelInput(Hours(SurveyColumns.SmHours), Amount(SurveyColumns.SmSales), Amount(SurveyColumns.SmDirectCosts));
        var other = new ChannelInput(Hours(SurveyColumns.OtherHours), Amount(SurveyColumns.OtherSales), Amount(SurveyColumns.OtherDirectCosts));
        var weight = 1.0;
        if (layout[SurveyColumns.Weight] >= 0 && !FieldParser.TryWeight(Field(SurveyColumns.Weight), out weight, out var weightProblem))
        {
            Fail(SurveyColumns.Weight, weightProblem);
        }
        foreach (var (index, name) in layout.Ignored)
        {
            if (!_flaggedColumns.Contains(index) && IdentifierColumns.ByValue(reader.GetSpan(index)) is { } kind)
            {
                _flaggedColumns.Add(index);
                Fail(HeaderLayout.Shown(name), HeaderLayout.RefusalMessage(kind));
            }
        }
        if (!valid)
        {
            return null;
        }
        if (registry.Register(year, id!, $"{file}:{line}") is { } first)
        {
            Fail(SurveyColumns.RespondentId,
                $"'{id}' appears again in wave {year} (first at {first}), expected one row per firm per wave");
            return null;
        }
        return new SurveyResponse(id!, year, segment, industry, employees, region, cycle, socialMedia, other, weight);
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.UnterminatedQuote =>
            "a quoted field that starts on this line is never closed, expected a closing double quote (\")",
        CsvMalformedReason.StrayQuote =>
            "a double quote inside an unquoted field, expected the whole field in double quotes with inner quotes doubled (\"\")",
        CsvMalformedReason.TextAfterClosingQuote =>
            "text follows the closing double quote of a field, expected a comma or the end of the line",
        _ => $"malformed record ({reason}), expected RFC 4180 CSV",
    };
}
