using System.Collections.Concurrent;
using CsvHelper;
using RoiReport.Core.Diagnostics;
using RoiReport.Core.Statistics;
using RoiReport.Core.Survey;

namespace RoiReport.Ingest.Csv;

/// <summary>
/// Reads one survey CSV file into a <see cref="SurveyTableBuilder"/>, reporting every problem with
/// its line. Records are parsed on several threads (CsvHelper's parallel workers, reading UTF-8
/// spans, no string per field); what must happen in file order (problems, the table's rows, the
/// log of identifiers, checked for duplicates once every file is read) happens on this thread.
/// </summary>
internal sealed class SurveyFileReader(string file, int fileIndex, IngestOptions options, DiagnosticBag problems, RespondentLog respondents)
{
    private const int SniffBytes = 8192;

    private readonly ConcurrentDictionary<long, CsvMalformedReason> _malformed = [];
    private int _malformedCount;
    private readonly HashSet<int> _flaggedColumns = [];
    private Dictionary<int, string> _ignoredNames = [];
    private int _expectedRecords;

    /// <summary>Extra columns that were read past.</summary>
    public IReadOnlyList<string> IgnoredColumns { get; private set; } = [];

    public void ReadInto(SurveyTableBuilder table)
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
                OnMalformedRecord = m =>
                {
                    _malformed.TryAdd(m.LineNumber, m.Reason);
                    Interlocked.Increment(ref _malformedCount);
                },
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
            IgnoredColumns = [.. layout.Ignored.Select(c => c.Name)];
            _ignoredNames = layout.Ignored.ToDictionary(c => c.Index, c => c.Name);
            var columns = new Columns(layout);

            respondents.Reserve(_expectedRecords);
            table.Reserve(_expectedRecords);
            var records = 0;
            foreach (var record in reader.ParallelEnumerate(r => Parse(r, layout, columns, table), -1))
            {
                records++;
                Accept(record, table);
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
        _expectedRecords = 0;
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
        // Records in the whole file, judged by the lines of its first bytes: enough to size the columns once.
        var lines = bytes.Count((byte)'\n');
        if (lines > 1 && read == SniffBytes)
        {
            _expectedRecords = (int)Math.Min(int.MaxValue / 2, new FileInfo(file).Length / (read / lines) * 21 / 20);
        }
        return true;
    }

    /// <summary>Parses one record, on a worker thread: touches nothing shared but the label catalog and the malformed-record notes.</summary>
    private Record Parse(CsvReader reader, HeaderLayout layout, Columns columns, SurveyTableBuilder table)
    {
        var line = reader.LineNumber;
        // Malformed records are rare; the dictionary's lock is taken only once there has been one.
        if (Volatile.Read(ref _malformedCount) > 0 && _malformed.TryRemove(line, out var reason))
        {
            return Record.Failed(line, "record", Describe(reason));
        }
        if (reader.FieldCount != layout.FieldCount)
        {
            return Record.Failed(line, "record",
                $"has {reader.FieldCount} fields, expected {layout.FieldCount} as in the header (a value that contains a comma must be in double quotes)");
        }

        var fields = new RecordFields(reader, table.Labels);
        var record = new Record { Line = line };
        var id = ReadFirm(ref fields, columns, ref record);
        ReadAnswers(ref fields, columns, ref record);
        foreach (var index in columns.Ignored)
        {
            if (IdentifierColumns.ByValue(reader.GetSpan(index)) is { } kind)
            {
                (record.Identifiers ??= []).Add((index, kind));
            }
        }
        record.Failures = fields.Failures;
        if (fields.Failures is null)
        {
            record.IdHash = RespondentLog.Hash(record.Year, id);
        }
        return record;
    }

    /// <summary>The firm's identifier (returned: it is hashed once the record is known to be valid), wave and labels.</summary>
    private ReadOnlySpan<byte> ReadFirm(ref RecordFields fields, Columns columns, ref Record record)
    {
        if (!FieldParser.TryIdentifier(fields.Field(columns.Id), out var id, out var idProblem))
        {
            fields.Fail(SurveyColumns.RespondentId, idProblem);
        }
        else if (id.IsEmpty)
        {
            fields.Fail(SurveyColumns.RespondentId, "is blank, expected the firm's anonymous identifier");
        }
        else if (respondents.KeepsIdentifiers)
        {
            record.Id = id.ToArray();
        }
        if (!FieldParser.TryYear(fields.Field(columns.Year), out record.Year, out var yearProblem))
        {
            fields.Fail(SurveyColumns.SurveyYear, yearProblem);
        }
        if (!FieldParser.TrySegment(fields.Field(columns.Segment), out record.Segment, out var segmentProblem))
        {
            fields.Fail(SurveyColumns.Segment, segmentProblem);
        }
        record.Industry = fields.Label(columns.Industry, SurveyColumns.Industry);
        record.Employees = fields.Label(columns.Employees, SurveyColumns.Employees);
        record.Region = fields.Label(columns.Region, SurveyColumns.Region);
        return id;
    }

    /// <summary>The firm's answers: both channels' figures and returns, its cut answers, its staff cost and its weight.</summary>
    private static void ReadAnswers(ref RecordFields fields, Columns columns, ref Record record)
    {
        var salesCycle = fields.Number(columns.SalesCycle, SurveyColumns.SalesCycleMonths);
        var socialMedia = new ChannelInput(fields.Hours(columns.SmHours, SurveyColumns.SmHours), fields.Amount(columns.SmSales, SurveyColumns.SmSales),
            fields.Amount(columns.SmCosts, SurveyColumns.SmDirectCosts));
        record.Cuts = new CutAnswers(salesCycle ?? double.NaN, socialMedia.Hours ?? double.NaN, fields.Number(columns.SmYears, SurveyColumns.SmYears) ?? double.NaN,
            fields.Label(columns.Platform, SurveyColumns.SmPrimaryPlatform));
        var other = new ChannelInput(fields.Hours(columns.OtherHours, SurveyColumns.OtherHours), fields.Amount(columns.OtherSales, SurveyColumns.OtherSales),
            fields.Amount(columns.OtherCosts, SurveyColumns.OtherDirectCosts));
        (record.SocialMedia, record.SocialMediaStatus) = (HourlyReturn.Of(socialMedia), HourlyReturn.Classify(socialMedia));
        (record.Other, record.OtherStatus) = (HourlyReturn.Of(other), HourlyReturn.Classify(other));
        record.Flags = FirmFlagging.Of(socialMedia, record.SocialMedia, fields.Number(columns.StaffCost, SurveyColumns.SmStaffCostPerHour));
        record.Weight = 1.0;
        if (columns.Weight >= 0 && !FieldParser.TryWeight(fields.Field(columns.Weight), out record.Weight, out var weightProblem))
        {
            fields.Fail(SurveyColumns.Weight, weightProblem);
        }
    }

    /// <summary>One record's fields, each parsed as its column expects, and the problems found, in the order found.</summary>
    private struct RecordFields(CsvReader reader, LabelCatalog labels)
    {
        public List<(string Column, string Message)>? Failures { get; private set; }

        public void Fail(string column, string message) => (Failures ??= []).Add((column, message));

        /// <summary>The field's bytes; empty for a column the file does not have.</summary>
        public readonly ReadOnlySpan<byte> Field(int index) => index >= 0 ? reader.GetSpan(index) : default;

        public int Label(int index, string column)
        {
            if (!FieldParser.TryLabel(Field(index), labels, out var id, out var problem))
            {
                Fail(column, problem);
            }
            return id;
        }

        public double? Amount(int index, string column)
        {
            if (!FieldParser.TryAmount(Field(index), out var value, out var problem))
            {
                Fail(column, problem);
            }
            return value;
        }

        public double? Number(int index, string column)
        {
            if (!FieldParser.TryNumber(Field(index), out var value, out var problem))
            {
                Fail(column, problem);
            }
            return value;
        }

        public double? Hours(int index, string column)
        {
            if (!FieldParser.TryHours(Field(index), out var value, out var problem))
            {
                Fail(column, problem);
            }
            return value;
        }
    }

    /// <summary>Takes a parsed record in file order: its problems, or its identifier and its row.</summary>
    private void Accept(Record record, SurveyTableBuilder table)
    {
        var line = record.Line;
        var valid = record.Failures is null;
        if (record.Failures is { } failures)
        {
            foreach (var (column, message) in failures)
            {
                problems.Add(new Diagnostic(file, line, column, message));
            }
        }
        if (record.Identifiers is { } identifiers)
        {
            foreach (var (index, kind) in identifiers)
            {
                // A column is refused once, at the first value that looks like an identifier.
                if (_flaggedColumns.Add(index))
                {
                    problems.Add(new Diagnostic(file, line, HeaderLayout.Shown(_ignoredNames[index]), HeaderLayout.RefusalMessage(kind)));
                    valid = false;
                }
            }
        }
        if (!valid)
        {
            return;
        }
        respondents.Add(record.IdHash, record.Year, record.Id, fileIndex, line);
        table.Add(record.Year, record.Segment, record.Industry, record.Employees, record.Region,
            record.SocialMedia, record.SocialMediaStatus, record.Flags, record.Other, record.OtherStatus, record.Weight, record.Cuts);
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

    /// <summary>Where each canonical column is, or -1.</summary>
    private sealed class Columns(HeaderLayout layout)
    {
        public int Id { get; } = layout[SurveyColumns.RespondentId];
        public int Year { get; } = layout[SurveyColumns.SurveyYear];
        public int Segment { get; } = layout[SurveyColumns.Segment];
        public int Industry { get; } = layout[SurveyColumns.Industry];
        public int Employees { get; } = layout[SurveyColumns.Employees];
        public int Region { get; } = layout[SurveyColumns.Region];
        public int SalesCycle { get; } = layout[SurveyColumns.SalesCycleMonths];
        public int SmHours { get; } = layout[SurveyColumns.SmHours];
        public int SmSales { get; } = layout[SurveyColumns.SmSales];
        public int SmCosts { get; } = layout[SurveyColumns.SmDirectCosts];
        public int OtherHours { get; } = layout[SurveyColumns.OtherHours];
        public int OtherSales { get; } = layout[SurveyColumns.OtherSales];
        public int OtherCosts { get; } = layout[SurveyColumns.OtherDirectCosts];
        public int StaffCost { get; } = layout[SurveyColumns.SmStaffCostPerHour];
        public int SmYears { get; } = layout[SurveyColumns.SmYears];
        public int Platform { get; } = layout[SurveyColumns.SmPrimaryPlatform];
        public int Weight { get; } = layout[SurveyColumns.Weight];
        public int[] Ignored { get; } = [.. layout.Ignored.Select(c => c.Index)];
    }

    /// <summary>One parsed record, passed from a worker thread to the reading thread.</summary>
    private struct Record
    {
        public long Line;
        public int Year;
        public Segment Segment;
        public int Industry;
        public int Employees;
        public int Region;
        public double SocialMedia;
        public ReturnStatus SocialMediaStatus;
        public FirmFlags Flags;
        public CutAnswers Cuts;
        public double Other;
        public ReturnStatus OtherStatus;
        public double Weight;
        public ulong IdHash;

        /// <summary>The identifier's UTF-8 bytes, only when the log keeps identifiers: the record outlives the reader's buffer.</summary>
        public byte[]? Id;
        public List<(string Column, string Message)>? Failures;
        public List<(int Index, string Kind)>? Identifiers;

        public static Record Failed(long line, string column, string message) =>
            new() { Line = line, Failures = [(column, message)] };
    }
}
