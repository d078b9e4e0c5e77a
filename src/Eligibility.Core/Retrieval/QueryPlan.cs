namespace Eligibility.Core.Retrieval;

/// <summary>
/// How a question is searched: its own content words and phrases, the thesaurus expansions, and the
/// concepts an answer must cover (each word with the alternatives that also count for it).
/// </summary>
public sealed record QueryPlan(string Question, IReadOnlyList<string> Terms, IReadOnlyList<string> Phrases, IReadOnlyList<string> Expansions, IReadOnlyList<Concept> Concepts)
{
    public LexicalQuery Primary => new([.. Terms.Select(t => new QueryTerm(t)), .. Phrases.Select(p => new QueryTerm(p))]);

    public LexicalQuery Expanded => new(Expansions.Select(e => new QueryTerm(e, 0.5)).ToList());

    public static QueryPlan For(string question, Thesaurus thesaurus)
    {
        var terms = QueryTerms.Of(question);
        var matches = thesaurus.Match(question);
        var expansions = matches.SelectMany(m => m.Expansions).Distinct().Where(e => !terms.Contains(e)).ToList();
        var concepts = terms.Select(t =>
        {
            var alternatives = matches
                .Where(m => m.Key == t || Stemmer.Stem(m.Key) == Stemmer.Stem(t) || m.Key.Split(' ', '-').Contains(t))
                .SelectMany(m => m.Expansions)
                .Distinct()
                .ToList();
            return new Concept(t, alternatives);
        }).ToList();
        return new QueryPlan(question, terms, QueryTerms.PhrasesOf(question), expansions, concepts);
    }
}

/// <summary>A word of the question and the phrases that count for it too.</summary>
public sealed record Concept(string Term, IReadOnlyList<string> Alternatives);
