namespace Eligibility.Core.Answering;

/// <summary>Settings for grounded answers.</summary>
public sealed record AnsweringOptions
{
    /// <summary>The configuration section these settings are read from (<c>Answering__MaxSentences</c> and so on).</summary>
    public const string SectionName = "Answering";

    /// <summary>
    /// The least support (weighted share of the question a passage covers, 0–1) the best passage must have
    /// for the assistant to answer; below it, it abstains. Chosen on the dev suite; see README "Retrieval".
    /// </summary>
    public double RelevanceFloor { get; init; } = 0.2;

    /// <summary>
    /// The floor instead of <see cref="RelevanceFloor"/> when the best passage's section also holds another of the best
    /// five passages: the search found one place again and again. Chosen on the tuning files; see README "Retrieval".
    /// </summary>
    public double AgreedRelevanceFloor { get; init; } = 0.1;

    /// <summary>How many sentences an extractive answer quotes at most.</summary>
    public int MaxSentences { get; init; } = 3;

    /// <summary>How many top passages an answer may draw on.</summary>
    public int PassagesConsidered { get; init; } = 5;
}
