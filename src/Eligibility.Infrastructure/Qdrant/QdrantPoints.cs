using System.Globalization;
using Eligibility.Core.Manuals;
using Eligibility.Core.Passages;
using Eligibility.Infrastructure.Lexical;
using Qdrant.Client.Grpc;
using static Qdrant.Client.Grpc.Conditions;
using SparseVector = Eligibility.Infrastructure.Lexical.SparseVector;

namespace Eligibility.Infrastructure.Qdrant;

/// <summary>
/// How passages become Qdrant points, and the filters and selectors the adapter sends. One point per passage: its id
/// derived from the passage id, a sparse BM25 vector <see cref="Sparse"/>, a dense vector <see cref="Dense"/> when an
/// embedder is configured, and a payload naming the passage, its manual, version and effective date, and its index terms
/// (for term statistics and matching, which Qdrant answers by counting).
/// </summary>
internal static class QdrantPoints
{
    public const string Dense = "dense";
    public const string Sparse = "bm25";

    public const string PassageIdField = "passage_id";
    public const string ManualIdField = "manual_id";
    public const string VersionField = "version";
    public const string EffectiveDateField = "effective_date";
    public const string TermsField = "terms";

    /// <summary>The payload indexes the collection carries, so filters never scan payloads.</summary>
    public static readonly IReadOnlyList<(string Field, PayloadSchemaType Type)> PayloadIndexes =
    [
        (ManualIdField, PayloadSchemaType.Keyword),
        (VersionField, PayloadSchemaType.Keyword),
        (EffectiveDateField, PayloadSchemaType.Datetime),
        (PassageIdField, PayloadSchemaType.Keyword),
        (TermsField, PayloadSchemaType.Keyword),
    ];

    /// <summary>The points of one version, with BM25 lengths normalised over that version's passages.</summary>
    public static List<PointStruct> For(IReadOnlyList<Passage> passages, IReadOnlyList<ReadOnlyMemory<float>>? vectors)
    {
        var terms = passages.Select(p => SparseBm25.Terms(p.ContextHeader, p.Text)).ToList();
        var averageLength = terms.Count == 0 ? 1 : terms.Average(t => t.Length);
        var points = new List<PointStruct>(passages.Count);
        for (var i = 0; i < passages.Count; i++)
        {
            var passage = passages[i];
            var sparse = SparseBm25.Document(terms[i].Counts, terms[i].Length, averageLength);
            var point = new PointStruct
            {
                Id = QdrantPointId.For(passage.Id),
                Vectors = new global::Qdrant.Client.Grpc.Vectors { Vectors_ = new NamedVectors() },
                Payload =
                {
                    [PassageIdField] = passage.Id,
                    [ManualIdField] = passage.ManualId,
                    [VersionField] = passage.Version,
                    [EffectiveDateField] = passage.EffectiveDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z",
                    [TermsField] = new Value { ListValue = new ListValue { Values = { terms[i].Counts.Keys.Order(StringComparer.Ordinal).Select(t => new Value { StringValue = t }) } } },
                },
            };
            if (!sparse.IsEmpty)
            {
                point.Vectors.Vectors_.Vectors.Add(Sparse, new Vector { Sparse = ToGrpc(sparse) });
            }

            if (vectors is not null)
            {
                point.Vectors.Vectors_.Vectors.Add(Dense, new Vector { Dense = ToGrpc(vectors[i]) });
            }

            points.Add(point);
        }

        return points;
    }

    /// <summary>Points of any of the versions: each version is its manual and its label, both keyword-indexed.</summary>
    public static Filter InScope(IEnumerable<ManualVersionKey> scope)
    {
        var filter = new Filter();
        foreach (var key in scope.Distinct())
        {
            filter.Should.Add(Conditions.Filter(OfVersion(key)));
        }

        return filter;
    }

    /// <summary>Points of one version.</summary>
    public static Filter OfVersion(ManualVersionKey key) => new() { Must = { MatchKeyword(ManualIdField, key.ManualId), MatchKeyword(VersionField, key.Version) } };

    /// <summary>Points of the scope that hold the index term.</summary>
    public static Filter WithTerm(Filter scope, string term) => new() { Must = { Conditions.Filter(scope), MatchKeyword(TermsField, term) } };

    public static WithPayloadSelector Only(params string[] fields) => new() { Include = new PayloadIncludeSelector { Fields = { fields } } };

    public static VectorInput SparseQuery(SparseVector vector) => new() { Sparse = ToGrpc(vector) };

    public static VectorInput DenseQuery(ReadOnlyMemory<float> vector) => new() { Dense = ToGrpc(vector) };

    private static global::Qdrant.Client.Grpc.SparseVector ToGrpc(SparseVector vector) => new() { Values = { vector.Values }, Indices = { vector.Indices } };

    private static DenseVector ToGrpc(ReadOnlyMemory<float> vector) => new() { Data = { vector.ToArray() } };
}
