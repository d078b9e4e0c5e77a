using Eligibility.Core.Retrieval;

namespace Eligibility.Infrastructure.Lexical;

/// <summary>
/// The in-memory inverted index of one manual version: per term, the passages holding it and a weighted term
/// frequency (a word in the contextual header counts <see cref="HeaderWeight"/> times, BM25F-style).
/// Versions never change once stored, so a segment is built once and shared.
/// </summary>
public sealed class Bm25Segment
{
    public const float HeaderWeight = 3f;

    private readonly Dictionary<string, (int[] Docs, float[] Tf)> _postings;
    private readonly Dictionary<string, int> _documents;

    private Bm25Segment(string[] ids, float[] lengths, Dictionary<string, (int[], float[])> postings)
    {
        Ids = ids;
        Lengths = lengths;
        _postings = postings;
        TotalLength = lengths.Sum();
        _documents = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
    }

    public string[] Ids { get; }
    public float[] Lengths { get; }
    public double TotalLength { get; }
    public int Count => Ids.Length;

    public int DocumentFrequency(string term) => _postings.TryGetValue(term, out var p) ? p.Docs.Length : 0;

    public bool TryGetPostings(string term, out int[] docs, out float[] tf)
    {
        if (_postings.TryGetValue(term, out var p))
        {
            (docs, tf) = p;
            return true;
        }

        (docs, tf) = ([], []);
        return false;
    }

    /// <summary>True when the passage holds every index term of the word or phrase.</summary>
    public bool Contains(string passageId, IReadOnlyList<string> indexTerms)
    {
        if (!_documents.TryGetValue(passageId, out var doc) || indexTerms.Count == 0)
        {
            return false;
        }

        foreach (var term in indexTerms)
        {
            if (!_postings.TryGetValue(term, out var p) || Array.BinarySearch(p.Docs, doc) < 0)
            {
                return false;
            }
        }

        return true;
    }

    public bool Holds(string passageId) => _documents.ContainsKey(passageId);

    public static Bm25Segment Build(IReadOnlyList<(string Id, string Header, string Text)> passages)
    {
        var building = new Dictionary<string, (List<int> Docs, List<float> Tf)>(StringComparer.Ordinal);
        var lengths = new float[passages.Count];
        var counts = new Dictionary<string, float>(StringComparer.Ordinal);
        for (var d = 0; d < passages.Count; d++)
        {
            counts.Clear();
            var header = LexicalTokens.Of(passages[d].Header);
            var body = LexicalTokens.Of(passages[d].Text);
            foreach (var t in header)
            {
                counts[t] = counts.GetValueOrDefault(t) + HeaderWeight;
            }

            foreach (var t in body)
            {
                counts[t] = counts.GetValueOrDefault(t) + 1;
            }

            lengths[d] = (header.Count * HeaderWeight) + body.Count;
            foreach (var (term, tf) in counts)
            {
                if (!building.TryGetValue(term, out var list))
                {
                    list = ([], []);
                    building[term] = list;
                }

                list.Docs.Add(d);
                list.Tf.Add(tf);
            }
        }

        var postings = building.ToDictionary(b => b.Key, b => (b.Value.Docs.ToArray(), b.Value.Tf.ToArray()), StringComparer.Ordinal);
        return new Bm25Segment(passages.Select(p => p.Id).ToArray(), lengths, postings);
    }
}
