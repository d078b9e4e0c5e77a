namespace Eligibility.Core.Retrieval;

/// <summary>
/// How a question is searched: its own content words and phrases, the thesaurus expansions, and the
/// concepts an answer must cover (each word with the alternatives that also count for it).
/// </summary>
public sealed record QueryPlan(string Question, IReadOnlyList<string> Terms, IReadOnlyList<string> Phrases, IReadOnlyList<string> Expansions, IReadOnlyList<Concept> Concepts)
{
    /// <summary>Terms written as names in the question (capitalised mid-sentence, acronyms): CalFresh, Pomona, COVID.</summary>
    public IReadOnlyList<string> Names { get; init; } = [];

    public LexicalQuery Primary => new([.. Terms.Select(t => new QueryTerm(t)), .. Phrases.Select(p => new QueryTerm(p))]);

    /// <summary>The words of the sentences that ask (all of them for a one-sentence question).</summary>
    public IReadOnlySet<string> Asking { get; init; } = new HashSet<string>();

    /// <summary>The weight of words only in the story, in support (see <see cref="RetrievalOptions.StoryWeight"/>).</summary>
    public double StoryWeight { get; init; } = 1.0;

    /// <summary>How much a word or phrase of the question weighs in support.</summary>
    public double WeightOf(string term) => Asking.Count == 0 || Asking.Contains(term) ? 1.0 : StoryWeight;

    public LexicalQuery Expanded => new(Expansions.Select(e => new QueryTerm(e, 0.5)).ToList());

    /// <summary>The question's words and phrases at full weight and the thesaurus expansions at <paramref name="expansionWeight"/>.</summary>
    public LexicalQuery Weighted(double expansionWeight) =>
        new([.. Primary.Terms, .. Expansions.Select(e => new QueryTerm(e, expansionWeight))]);

    /// <summary>
    /// Terms written as names in the question: an acronym, a mixed-case word, or a capital mid-sentence. The words of a
    /// law's name ("Affordable Care Act") are not: the law is checked whole (<see cref="LawNames"/>).
    /// </summary>
    private static List<string> NamesIn(string question, IReadOnlyList<string> terms)
    {
        var names = new List<string>();
        foreach (var term in terms.Where(t => !t.All(char.IsDigit)))
        {
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(question, @"\b" + System.Text.RegularExpressions.Regex.Escape(term).Replace("\\ ", "\\s+", StringComparison.Ordinal) + @"(?:['’]s)?\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase))
            {
                if (IsName(m.Value, SentenceStart(question, m.Index)) && !LawNames.Within(question, m.Index))
                {
                    names.Add(term);
                    break;
                }
            }
        }

        return names;
    }

    /// <summary>Words that look like names (capitalised, all caps) but name no program, place or rule.</summary>
    private static readonly HashSet<string> NotNames =
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mondays", "tuesdays", "wednesdays", "thursdays",
        "fridays", "saturdays", "sundays", "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "i",

        // words that label personal data next to a redacted value ("SSN [SSN-1]"), not a topic
        "ssn", "cin", "dob", "id", "phone", "email", "e-mail",

        // everyday abbreviations for people, places and care in a case ("the DA's child support unit", "the PT office"):
        // what the case involves, not a program or rule the manuals would have to name
        "da", "pt", "ot", "er", "icu", "mri", "md", "rn", "np", "ob", "gyn", "obgyn", "asap", "fyi", "tv", "am", "pm",
    ];

    /// <summary>
    /// Names often written in lower case: a virus named for a public health emergency ("the coronavirus emergency"), and the
    /// emergency itself ("the pandemic rule that keeps people enrolled").
    /// </summary>
    private static readonly HashSet<string> LowerCaseNames = ["coronavirus", "pandemic"];

    private static bool IsName(string written, bool sentenceStart)
    {
        if (LowerCaseNames.Contains(written.ToLowerInvariant()))
        {
            return true;
        }

        if (NotNames.Contains(written.ToLowerInvariant().TrimEnd('s', '\'', '’')) || NotNames.Contains(written.ToLowerInvariant()))
        {
            return false;
        }

        var letters = written.Where(char.IsLetter).ToList();
        if (letters.Count < 2 && !written.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        var acronym = letters.Count >= 2 && letters.All(char.IsUpper);
        var mixed = letters.Skip(1).Any(char.IsUpper) && letters.Any(char.IsLower);
        return acronym || mixed || (char.IsUpper(written[0]) && !sentenceStart);
    }

    private static bool SentenceStart(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || text[i] is '"' or '“' or '(' or '\''))
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '?' or '!' or ':';
    }

    public static QueryPlan For(string question, Thesaurus thesaurus)
    {
        var terms = QueryTerms.Of(question);
        var matches = thesaurus.Match(question);
        var expansions = matches.SelectMany(m => m.Expansions).Distinct().Where(e => !terms.Contains(e)).ToList();
        var concepts = terms.Select(t =>
        {
            var own = matches.Where(m => m.Key == t || Stemmer.Stem(m.Key) == Stemmer.Stem(t) || m.Key.Split(' ', '-').Any(w => w == t || Stemmer.Stem(w) == Stemmer.Stem(t))).ToList();
            var alternatives = own.SelectMany(m => m.Expansions).Distinct().ToList();
            // Another name for the word itself, not for a phrase it is in: "the COVID bump" is the temporary FMAP
            // increase, but a passage on an FMAP increase does not mention COVID.
            var equivalents = own.Where(m => !m.Key.Contains(' ', StringComparison.Ordinal) || m.Key == t)
                .SelectMany(m => m.Expansions.Where(e => thesaurus.IsEquivalent(m.Key, e))).Distinct().ToList();
            return new Concept(t, alternatives) { Equivalents = equivalents };
        }).ToList();
        return new QueryPlan(question, terms, QueryTerms.PhrasesOf(question), expansions, concepts)
        {
            Names = NamesIn(question, terms),
            Asking = QueryTerms.Of(QuestionSentences.Asking(question)).ToHashSet(),
        };
    }
}

/// <summary>A word of the question and the phrases that count for it too.</summary>
public sealed record Concept(string Term, IReadOnlyList<string> Alternatives)
{
    /// <summary>The alternatives that are other names for the term (not only related terms): what counts as mentioning it.</summary>
    public IReadOnlyList<string> Equivalents { get; init; } = Alternatives;

    private IReadOnlyList<SupportScorer.Form>? _forms;

    /// <summary>The term and its alternatives as the stems (or literal phrase) a text must hold; worked out once.</summary>
    public IReadOnlyList<SupportScorer.Form> Forms => _forms ??= [SupportScorer.FormOf(Term), .. Alternatives.Select(SupportScorer.FormOf)];
}
