namespace RoiReport.Core.Benchmarks;

public sealed record WaveSummary(int Year, int Respondents, ExclusionCounts SocialMedia, ExclusionCounts OtherMarketing);
