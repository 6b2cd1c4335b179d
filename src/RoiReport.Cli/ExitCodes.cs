using RoiReport.Core.Diagnostics;

namespace RoiReport.Cli;

public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The data or configuration is invalid: the message says where and why.</summary>
    public const int InvalidData = 1;

    /// <summary>The command line is wrong: an unknown command or option, a missing value, a path that does not exist.</summary>
    public const int Usage = 2;

    /// <summary>A fault in RoiReport itself, not in what the user gave it.</summary>
    public const int InternalError = 70;

    public static int For(DiagnosticBag problems) => problems.IsEmpty ? Success : InvalidData;
}
