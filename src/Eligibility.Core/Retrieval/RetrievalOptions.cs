namespace Eligibility.Core.Retrieval;

/// <summary>Settings of the hybrid retriever; the defaults were chosen on the dev suite (see README "Retrieval").</summary>
public sealed record RetrievalOptions
{
    public const string SectionName = "Retrieval";

    /// <summary>Passages each retriever contributes before fusion and reranking.</summary>
    public int Candidates { get; init; } = 50;

    /// <summary>Fusion weight of the thesaurus-expanded BM25 list, relative to the question's own words.</summary>
    public double ExpansionWeight { get; init; } = 0.5;

    /// <summary>How much a passage's support (share of the question it covers) counts in the final order, against the fused rank.</summary>
    public double SupportWeight { get; init; } = 1.0;

    /// <summary>
    /// The share of a passage's support taken from its whole section (the candidates cut from it) rather than the
    /// passage alone; chosen on the dev and tuning suites with passages cut to token budgets.
    /// </summary>
    public double SectionWeight { get; init; } = 0.5;

    /// <summary>How much the share of the question covered by the passage's section title counts.</summary>
    public double TitleWeight { get; init; } = 1.0;

    /// <summary>
    /// The weight, in support (ranking and abstention), of words only in the story around a question ("A man living in
    /// his car lost his papers. Can we take his word?"), against 1 for the words of the sentence that asks
    /// (<see cref="QuestionSentences"/>). Chosen on the tuning suites from 0.3, 0.5, 0.6, 0.75 and 1; see README.
    /// </summary>
    public double StoryWeight { get; init; } = 0.5;

    /// <summary>
    /// Added to the score of a passage that defines the term a question asks the meaning of ("How do the rules define
    /// fraud?" and "Fraud … means …"; see <see cref="Definitions"/>).
    /// </summary>
    public double DefinitionWeight { get; init; } = 1.0;

    /// <summary>
    /// Added to the score of each passage of a manual whose subject a program the question names is
    /// (<see cref="ManualFocus"/>). Chosen on the tuning suites from 0.2, 0.4, 0.7 and 1 (the same from 0.4 on); see README.
    /// </summary>
    public double ManualWeight { get; init; } = 0.4;

    /// <summary>
    /// Added to the score of a passage with a table row the question's own figures fall in ("a $64 visit" and the row
    /// "$40.01 to $80"): the table that answers for the case, above the passages that only speak of it. Chosen on the
    /// tuning suites from 0.3, 0.6 and 1; see README.
    /// </summary>
    public double TableRowWeight { get; init; } = 0.6;

    /// <summary>
    /// From this rank on, a passage of a section already listed waits until every other candidate is placed: the ranks
    /// an answer is drawn from (<c>Answering:PassagesConsidered</c>, 5) keep their order, and the rest of the list shows
    /// other sections instead of more of the same one. Chosen on the tuning suites (one passage per section after the
    /// fifth against two: recall@10 0.891 against 0.898); see README.
    /// </summary>
    public int DistinctSectionsFrom { get; init; } = 5;
}
