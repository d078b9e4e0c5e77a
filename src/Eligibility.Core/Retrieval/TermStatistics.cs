namespace Eligibility.Core.Retrieval;

/// <summary>How many passages the index holds and how many contain each term: the basis of term weights.</summary>
public sealed record TermStatistics(int PassageCount, IReadOnlyDictionary<string, int> DocumentFrequency)
{
    /// <summary>Inverse document frequency; a term no passage contains weighs the most.</summary>
    public double Idf(string term) =>
        Math.Log((PassageCount + 1.0) / (DocumentFrequency.GetValueOrDefault(term) + 0.5));
}
