namespace RoiReport.Cli;

/// <summary>The command line cannot be acted on; its message says what was expected.</summary>
public sealed class UsageException(string message) : Exception(message);
