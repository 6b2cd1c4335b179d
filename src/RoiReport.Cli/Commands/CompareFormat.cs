namespace RoiReport.Cli.Commands;

public enum CompareFormat
{
    Text,
    Json,
}
