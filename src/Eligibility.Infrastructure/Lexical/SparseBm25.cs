using System.Text;
using Eligibility.Core.Retrieval;

namespace Eligibility.Infrastructure.Lexical;

/// <summary>
/// BM25F as sparse vectors, for an engine that supplies the IDF itself (Qdrant's IDF modifier): a passage's vector holds,
/// per index term, the saturated and length-normalised term frequency (header words count <see cref="Bm25Segment.HeaderWeight"/>
/// times, as in the embedded index); a query's vector holds each term's weight. Their dot product times IDF is BM25.
/// Dimensions are 32-bit FNV-1a hashes of the terms; two terms sharing one merely share a weight.
/// </summary>
public static class SparseBm25
{
    /// <summary>A passage's index terms with their header-weighted counts, and its weighted length.</summary>
    public static (Dictionary<string, float> Counts, float Length) Terms(string header, string text)
    {
        var counts = new Dictionary<string, float>(StringComparer.Ordinal);
        var headerTerms = LexicalTokens.Of(header);
        var bodyTerms = LexicalTokens.Of(text);
        foreach (var t in headerTerms)
        {
            counts[t] = counts.GetValueOrDefault(t) + Bm25Segment.HeaderWeight;
        }

        foreach (var t in bodyTerms)
        {
            counts[t] = counts.GetValueOrDefault(t) + 1;
        }

        return (counts, (headerTerms.Count * Bm25Segment.HeaderWeight) + bodyTerms.Count);
    }

    /// <summary>The passage's vector, normalised against the average weighted length of its version.</summary>
    public static SparseVector Document(IReadOnlyDictionary<string, float> counts, float length, double averageLength)
    {
        var norm = Bm25Search.K1 * (1 - Bm25Search.B + (Bm25Search.B * length / Math.Max(averageLength, 1)));
        var values = new Dictionary<uint, float>();
        foreach (var (term, tf) in counts)
        {
            var dimension = Dimension(term);
            values[dimension] = values.GetValueOrDefault(dimension) + (float)(tf * (Bm25Search.K1 + 1) / (tf + norm));
        }

        return SparseVector.From(values);
    }

    /// <summary>The query's vector: each index term once, at the highest weight any query term gives it.</summary>
    public static SparseVector Query(LexicalQuery query)
    {
        var values = new Dictionary<uint, float>();
        foreach (var term in query.Terms)
        {
            foreach (var key in LexicalTokens.ForQuery(term.Text))
            {
                var dimension = Dimension(key);
                values[dimension] = Math.Max(values.GetValueOrDefault(dimension), (float)term.Weight);
            }
        }

        return SparseVector.From(values);
    }

    public static uint Dimension(string term)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(term))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return hash;
    }
}

/// <summary>Non-zero values with their dimensions, in ascending dimension order.</summary>
public sealed record SparseVector(float[] Values, uint[] Indices)
{
    public bool IsEmpty => Indices.Length == 0;

    public static SparseVector From(IReadOnlyDictionary<uint, float> values)
    {
        var ordered = values.Where(v => v.Value > 0).OrderBy(v => v.Key).ToList();
        return new SparseVector([.. ordered.Select(v => v.Value)], [.. ordered.Select(v => v.Key)]);
    }
}
