namespace Eligibility.Evals.Suites;

/// <summary>A grounded-answer suite: questions with the sources that answer them, or none when the manuals are silent.</summary>
public sealed record EvalSuite(string Name, string Description, string File, IReadOnlyList<EvalCase> Cases);

/// <summary>One question of a suite.</summary>
public sealed record EvalCase(
    string Id,
    string Question,
    DateOnly? AsOf,
    bool Answerable,
    IReadOnlyList<ExpectedSource> Sources,
    IReadOnlyList<string> Facts,
    string? Category)
{
    /// <summary>The case's group in reports: its own category, else as-of / unanswerable / the manual it expects.</summary>
    public string Group => Category
        ?? (AsOf is not null ? "as-of" : !Answerable ? "unanswerable" : Sources.Count > 0 ? Sources[0].Manual : "answerable");
}

/// <summary>A passage that answers: its manual, and a section its section path must contain.</summary>
public sealed record ExpectedSource(string Manual, string Section)
{
    public bool Matches(string manualId, string sectionPath) =>
        string.Equals(manualId, Manual, StringComparison.OrdinalIgnoreCase)
        && Squash(sectionPath).Contains(Squash(Section), StringComparison.OrdinalIgnoreCase);

    private static string Squash(string text) => string.Concat(text.Where(c => c != '§' && !char.IsWhiteSpace(c)));
}
