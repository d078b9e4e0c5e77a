namespace Eligibility.Evals.Running;

/// <summary>What the assistant returned for one case, in the form the metrics read.</summary>
public sealed record CaseAnswer(string Text, bool Abstained, string Mode, IReadOnlyList<AnsweredPassage> Retrieved, IReadOnlyList<CitedPassage> Citations, double LatencyMs);

/// <summary>A retrieved passage, best first.</summary>
public sealed record AnsweredPassage(string PassageId, string ManualId, string Version, string SectionPath, int PageStart, int PageEnd, double Score, double Support);

/// <summary>A passage the answer cites, with the text quoted from it.</summary>
public sealed record CitedPassage(int Number, string PassageId, string ManualId, string SectionPath, string CitedText);
