namespace Eligibility.Core.Retrieval;

/// <summary>What to search for: the question, the date whose rules apply, and optionally which manuals.</summary>
public sealed record RetrievalRequest(string Question, DateOnly? AsOf = null, IReadOnlyCollection<string>? ManualIds = null, int Top = 10);
