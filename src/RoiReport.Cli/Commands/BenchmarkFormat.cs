namespace RoiReport.Cli.Commands;

public enum BenchmarkFormat
{
    Json,
    Csv,
    Table,
}
