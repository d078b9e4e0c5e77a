using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Eligibility.Core.Manuals;
using Eligibility.Core.Passages;
using Eligibility.Core.Retrieval;
using Eligibility.Infrastructure.Lexical;
using Eligibility.Infrastructure.Records;
using Eligibility.Infrastructure.Records.Manuals;
using Eligibility.Infrastructure.Vectors;
using Microsoft.EntityFrameworkCore;

namespace Eligibility.Infrastructure.Search;

/// <summary>
/// The embedded search index over the database. Lexical: BM25F over passage text and contextual header, held in
/// memory per manual version (built from the passages on first use; versions never change). Dense: vectors stored
/// in the database and searched in process with SIMD.
/// </summary>
internal sealed class EmbeddedPassageIndex(RecordsDatabase database, VectorCache cache) : IPassageIndex
{
    private readonly ConcurrentDictionary<ManualVersionKey, Lazy<Task<Bm25Segment>>> _segments = new();

    public async Task IndexAsync(ManualVersionKey key, IReadOnlyList<Passage> passages, IReadOnlyList<ReadOnlyMemory<float>>? vectors, CancellationToken ct)
    {
        await using var db = await database.OpenAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await DeleteAsync(db, key, ct);
        if (vectors is not null)
        {
            db.PassageVectors.AddRange(passages.Select((p, i) => new PassageVectorRow
            {
                PassageId = p.Id, ManualId = key.ManualId, Version = key.Version, Vector = MemoryMarshal.AsBytes(vectors[i].Span).ToArray(),
            }));
            await db.SaveChangesAsync(ct);
        }

        await transaction.CommitAsync(ct);
        Changed(key);
    }

    public async Task RemoveAsync(ManualVersionKey key, CancellationToken ct)
    {
        await using var db = await database.OpenAsync(ct);
        await DeleteAsync(db, key, ct);
        Changed(key);
    }

    public async Task<IReadOnlyList<PassageHit>> SearchLexicalAsync(LexicalQuery query, IReadOnlyCollection<ManualVersionKey> scope, int top, CancellationToken ct) =>
        query.IsEmpty || scope.Count == 0 ? [] : Bm25Search.Search(await SegmentsAsync(scope, ct), query, top);

    public async Task<TermStatistics> GetTermStatisticsAsync(IReadOnlyCollection<string> terms, IReadOnlyCollection<ManualVersionKey> scope, CancellationToken ct)
    {
        var segments = await SegmentsAsync(scope, ct);
        var frequencies = terms.Distinct().ToDictionary(
            t => t,
            t => LexicalTokens.ForQuery(t).Select(term => segments.Sum(s => s.DocumentFrequency(term))).DefaultIfEmpty(0).Min());
        return new TermStatistics(segments.Sum(s => s.Count), frequencies);
    }

    public async Task<IReadOnlyDictionary<string, HashSet<string>>> MatchTermsAsync(IReadOnlyCollection<string> passageIds, IReadOnlyCollection<string> terms, IReadOnlyCollection<ManualVersionKey> scope, CancellationToken ct)
    {
        var segments = await SegmentsAsync(scope, ct);
        var keys = terms.Distinct().Select(t => (Term: t, Keys: LexicalTokens.ForQuery(t).ToList())).ToList();
        var matches = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var id in passageIds)
        {
            var segment = segments.FirstOrDefault(s => s.Holds(id));
            matches[id] = segment is null ? [] : keys.Where(k => segment.Contains(id, k.Keys)).Select(k => k.Term).ToHashSet(StringComparer.Ordinal);
        }

        return matches;
    }

    public async Task<IReadOnlyList<PassageHit>> SearchDenseAsync(ReadOnlyMemory<float> vector, IReadOnlyCollection<ManualVersionKey> scope, int top, CancellationToken ct)
    {
        var hits = new List<PassageHit>();
        foreach (var key in scope)
        {
            var set = await cache.GetAsync(key, k => LoadVectorsAsync(k, ct));
            hits.AddRange(set.Nearest(vector.Span, top));
        }

        return hits.OrderByDescending(h => h.Score).Take(top).ToList();
    }

    public async Task<IReadOnlyList<FusedHit>> SearchHybridAsync(LexicalQuery query, ReadOnlyMemory<float>? vector, IReadOnlyCollection<ManualVersionKey> scope, int top, CancellationToken ct)
    {
        var lexical = await SearchLexicalAsync(query, scope, top, ct);
        var dense = vector is { IsEmpty: false } v ? await SearchDenseAsync(v, scope, top, ct) : [];
        if (dense.Count == 0)
        {
            return [.. lexical.Select((h, i) => new FusedHit(h.PassageId, h.Score, LexicalRank: i + 1))];
        }

        var lexicalRank = Ranks(lexical);
        var denseRank = Ranks(dense);
        return [.. ReciprocalRankFusion.Fuse((lexical, 1.0), (dense, 1.0)).Take(top)
            .Select(f => new FusedHit(f.PassageId, f.Score, lexicalRank.GetValueOrDefault(f.PassageId), denseRank.GetValueOrDefault(f.PassageId)))];
    }

    private static Dictionary<string, int?> Ranks(IReadOnlyList<PassageHit> hits) =>
        hits.Select((h, i) => (h.PassageId, Rank: i + 1)).ToDictionary(x => x.PassageId, x => (int?)x.Rank);

    private async Task<Bm25Segment[]> SegmentsAsync(IReadOnlyCollection<ManualVersionKey> scope, CancellationToken ct) =>
        await Task.WhenAll(scope.Select(key => _segments.GetOrAdd(key, k => new Lazy<Task<Bm25Segment>>(() => LoadSegmentAsync(k, CancellationToken.None))).Value.WaitAsync(ct)));

    private async Task<Bm25Segment> LoadSegmentAsync(ManualVersionKey key, CancellationToken ct)
    {
        await using var db = await database.OpenAsync(ct);
        var rows = await db.Passages.AsNoTracking().Where(p => p.ManualId == key.ManualId && p.Version == key.Version).OrderBy(p => p.Ordinal)
            .Select(p => new { p.Id, p.ContextHeader, p.Text }).ToListAsync(ct);
        return Bm25Segment.Build(rows.ConvertAll(r => (r.Id, r.ContextHeader, r.Text)));
    }

    private async Task<VectorSet> LoadVectorsAsync(ManualVersionKey key, CancellationToken ct)
    {
        await using var db = await database.OpenAsync(ct);
        var rows = await db.PassageVectors.AsNoTracking().Where(v => v.ManualId == key.ManualId && v.Version == key.Version).ToListAsync(ct);
        return new VectorSet(rows.ConvertAll(r => r.PassageId), rows.ConvertAll(r => MemoryMarshal.Cast<byte, float>(r.Vector).ToArray()));
    }

    private void Changed(ManualVersionKey key)
    {
        cache.Invalidate(key);
        _segments.TryRemove(key, out _);
    }

    private static Task<int> DeleteAsync(RecordsDbContext db, ManualVersionKey key, CancellationToken ct) =>
        db.PassageVectors.Where(v => v.ManualId == key.ManualId && v.Version == key.Version).ExecuteDeleteAsync(ct);
}
