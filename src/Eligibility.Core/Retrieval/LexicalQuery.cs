namespace Eligibility.Core.Retrieval;

/// <summary>Terms to match, each optionally weighted (expansions weigh less than the caseworker's own words).</summary>
public sealed record LexicalQuery(IReadOnlyList<QueryTerm> Terms)
{
    public bool IsEmpty => Terms.Count == 0;
}

/// <summary>A word or a phrase of words to match.</summary>
public sealed record QueryTerm(string Text, double Weight = 1.0)
{
    public bool IsPhrase => Text.Contains(' ', StringComparison.Ordinal);
}
