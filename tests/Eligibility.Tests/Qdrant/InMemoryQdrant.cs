using Google.Protobuf.Collections;
using Grpc.Core;
using Qdrant.Client.Grpc;

namespace Eligibility.Tests.Qdrant;

/// <summary>
/// The state behind <see cref="LoopbackQdrant"/>, with Qdrant's semantics where the adapter relies on them: named dense
/// vectors compared by cosine, sparse vectors scored by dot product with the IDF modifier (ln((N − n + 0.5)/(n + 0.5) + 1)
/// over the collection), prefetches fused by reciprocal rank (Σ 1/(k + rank)), must/should/must_not filters over keyword
/// matches, id sets and nested filters, exact counts and payload selection. What it does not implement fails the call with
/// Unimplemented, so an adapter change that needs more shows up as a failing test, not a silent pass.
/// </summary>
internal sealed class InMemoryQdrant
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Collection> _collections = new(StringComparer.Ordinal);

    public int PointCount(string collection)
    {
        lock (_gate)
        {
            return _collections.TryGetValue(collection, out var c) ? c.Points.Count : 0;
        }
    }

    /// <summary>The payload indexes of a collection, by field.</summary>
    public IReadOnlyDictionary<string, FieldType> Indexes(string collection)
    {
        lock (_gate)
        {
            return new Dictionary<string, FieldType>(Find(collection).Indexes);
        }
    }

    public IReadOnlyList<string> CollectionNames()
    {
        lock (_gate)
        {
            return [.. _collections.Keys];
        }
    }

    internal T Run<T>(Func<T> handler)
    {
        lock (_gate)
        {
            return handler();
        }
    }

    internal CollectionExistsResponse CollectionExists(CollectionExistsRequest r) =>
        new() { Result = new global::Qdrant.Client.Grpc.CollectionExists { Exists = _collections.ContainsKey(r.CollectionName) } };

    internal CollectionOperationResponse Create(CreateCollection r)
    {
        if (_collections.ContainsKey(r.CollectionName))
        {
            throw new RpcException(new Status(StatusCode.AlreadyExists, $"Wrong input: Collection `{r.CollectionName}` already exists!"));
        }

        _collections[r.CollectionName] = new Collection(r.VectorsConfig?.Clone(), r.SparseVectorsConfig?.Clone());
        return new CollectionOperationResponse { Result = true };
    }

    internal GetCollectionInfoResponse Get(GetCollectionInfoRequest r)
    {
        var c = Find(r.CollectionName);
        var info = new CollectionInfo
        {
            Status = CollectionStatus.Green,
            PointsCount = (ulong)c.Points.Count,
            Config = new CollectionConfig { Params = new CollectionParams { VectorsConfig = c.Dense, SparseVectorsConfig = c.Sparse } },
        };
        return new GetCollectionInfoResponse { Result = info };
    }

    internal CollectionOperationResponse DeleteCollection(DeleteCollection r) => new() { Result = _collections.Remove(r.CollectionName) };

    internal PointsOperationResponse CreateFieldIndex(CreateFieldIndexCollection r)
    {
        Find(r.CollectionName).Indexes[r.FieldName] = r.FieldType;
        return Completed();
    }

    internal PointsOperationResponse Upsert(UpsertPoints r)
    {
        var c = Find(r.CollectionName);
        foreach (var point in r.Points)
        {
            var stored = new StoredPoint(point.Id.Clone(), point.Payload.Clone());
            foreach (var (name, vector) in point.Vectors?.Vectors_?.Vectors ?? [])
            {
                switch (vector.VectorCase)
                {
                    case Vector.VectorOneofCase.Dense when c.DenseSize(name) is { } size:
                        if (vector.Dense.Data.Count != (int)size)
                        {
                            throw new RpcException(new Status(StatusCode.InvalidArgument, $"Wrong input: Vector dimension error: expected dim: {size}, got {vector.Dense.Data.Count}"));
                        }

                        stored.Dense[name] = Normalised([.. vector.Dense.Data]);
                        break;
                    case Vector.VectorOneofCase.Sparse when c.Sparse?.Map.ContainsKey(name) == true:
                        if (vector.Sparse.Indices.Distinct().Count() != vector.Sparse.Indices.Count || vector.Sparse.Indices.Count != vector.Sparse.Values.Count)
                        {
                            throw new RpcException(new Status(StatusCode.InvalidArgument, "Wrong input: sparse indices must be unique and match the values"));
                        }

                        stored.Sparse[name] = vector.Sparse.Indices.Zip(vector.Sparse.Values).ToDictionary(x => x.First, x => x.Second);
                        break;
                    default:
                        throw new RpcException(new Status(StatusCode.InvalidArgument, $"Wrong input: Not existing vector name error: {name}"));
                }
            }

            if (point.Vectors?.VectorsOptionsCase == global::Qdrant.Client.Grpc.Vectors.VectorsOptionsOneofCase.Vector)
            {
                throw new RpcException(new Status(StatusCode.Unimplemented, "unnamed vectors are not implemented by the loopback Qdrant"));
            }

            c.Points[Key(point.Id)] = stored;
        }

        return Completed();
    }

    internal PointsOperationResponse Delete(DeletePoints r)
    {
        if (!_collections.TryGetValue(r.CollectionName, out var c))
        {
            throw NotFound(r.CollectionName);
        }

        var doomed = r.Points.PointsSelectorOneOfCase switch
        {
            PointsSelector.PointsSelectorOneOfOneofCase.Filter => c.Points.Where(p => Matches(r.Points.Filter, p.Value)).Select(p => p.Key).ToList(),
            PointsSelector.PointsSelectorOneOfOneofCase.Points => r.Points.Points.Ids.Select(Key).ToList(),
            _ => throw new RpcException(new Status(StatusCode.InvalidArgument, "no points selector")),
        };
        foreach (var key in doomed)
        {
            c.Points.Remove(key);
        }

        return Completed();
    }

    internal GetResponse Get(GetPoints r)
    {
        var c = Find(r.CollectionName);
        var response = new GetResponse();
        foreach (var id in r.Ids)
        {
            if (c.Points.TryGetValue(Key(id), out var point))
            {
                var found = new RetrievedPoint { Id = point.Id };
                Copy(Select(point.Payload, r.WithPayload), found.Payload);
                response.Result.Add(found);
            }
        }

        return response;
    }

    internal CountResponse Count(CountPoints r)
    {
        var c = Find(r.CollectionName);
        return new CountResponse { Result = new CountResult { Count = (ulong)c.Points.Values.Count(p => Matches(r.Filter, p)) } };
    }

    internal QueryResponse RunQuery(QueryPoints r)
    {
        var c = Find(r.CollectionName);
        var ranked = Evaluate(c, r.Query, r.Using, r.Filter, r.Prefetch, r.HasLimit ? r.Limit : 10);
        var response = new QueryResponse();
        foreach (var (point, score) in ranked)
        {
            var scored = new ScoredPoint { Id = point.Id, Score = score };
            Copy(Select(point.Payload, r.WithPayload), scored.Payload);
            response.Result.Add(scored);
        }

        return response;
    }

    private static List<(StoredPoint Point, float Score)> Evaluate(Collection c, Query? query, string? vectorName, Filter? filter, RepeatedField<PrefetchQuery> prefetch, ulong limit)
    {
        if (prefetch.Count > 0)
        {
            var lists = prefetch.Select(p => Evaluate(c, p.Query, p.Using, Both(p.Filter, filter), p.Prefetch, p.HasLimit ? p.Limit : 10)).ToList();
            var k = query switch
            {
                { VariantCase: Query.VariantOneofCase.Rrf } => query.Rrf.HasK ? query.Rrf.K : 2,
                { VariantCase: Query.VariantOneofCase.Fusion, Fusion: Fusion.Rrf } => 2u,
                _ => throw new RpcException(new Status(StatusCode.Unimplemented, $"the loopback Qdrant fuses prefetches by RRF only, not {query?.VariantCase}")),
            };
            return [.. lists.SelectMany(list => list.Select((hit, i) => (hit.Point, Score: 1f / (k + i + 1))))
                .GroupBy(x => x.Point)
                .Select(g => (g.Key, g.Sum(x => x.Score)))
                .OrderByDescending(x => x.Item2)
                .Take((int)limit)];
        }

        if (query is not { VariantCase: Query.VariantOneofCase.Nearest })
        {
            throw new RpcException(new Status(StatusCode.Unimplemented, $"the loopback Qdrant answers nearest queries only, not {query?.VariantCase}"));
        }

        var candidates = c.Points.Values.Where(p => Matches(filter, p)).ToList();
        var name = string.IsNullOrEmpty(vectorName) ? "" : vectorName;
        IEnumerable<(StoredPoint Point, float Score)> scored = query.Nearest.VariantCase switch
        {
            VectorInput.VariantOneofCase.Dense when c.DenseSize(name) is not null =>
                candidates.Where(p => p.Dense.ContainsKey(name)).Select(p => (p, Dot(p.Dense[name], Normalised([.. query.Nearest.Dense.Data])))),
            VectorInput.VariantOneofCase.Sparse when c.Sparse?.Map.TryGetValue(name, out var config) == true =>
                SparseScores(c, name, config.Modifier == Modifier.Idf, query.Nearest.Sparse, candidates),
            _ => throw new RpcException(new Status(StatusCode.InvalidArgument, $"Wrong input: Not existing vector name error: {name}")),
        };
        return [.. scored.OrderByDescending(x => x.Score).Take((int)limit)];
    }

    private static IEnumerable<(StoredPoint, float)> SparseScores(Collection c, string name, bool idf, global::Qdrant.Client.Grpc.SparseVector query, List<StoredPoint> candidates)
    {
        var all = c.Points.Values.Where(p => p.Sparse.ContainsKey(name)).ToList();
        var weights = query.Indices.Zip(query.Values).ToDictionary(x => x.First, x => x.Second);
        if (idf)
        {
            foreach (var index in weights.Keys.ToList())
            {
                var n = all.Count(p => p.Sparse[name].ContainsKey(index));
                weights[index] *= (float)Math.Log(((all.Count - n + 0.5) / (n + 0.5)) + 1);
            }
        }

        foreach (var point in candidates.Where(p => p.Sparse.ContainsKey(name)))
        {
            var vector = point.Sparse[name];
            var overlap = weights.Where(w => vector.ContainsKey(w.Key)).ToList();
            if (overlap.Count > 0)
            {
                yield return (point, overlap.Sum(w => w.Value * vector[w.Key]));
            }
        }
    }

    private static bool Matches(Filter? filter, StoredPoint point) =>
        filter is null
        || (filter.Must.All(c => Holds(c, point))
            && !filter.MustNot.Any(c => Holds(c, point))
            && (filter.Should.Count == 0 || filter.Should.Any(c => Holds(c, point))));

    private static bool Holds(Condition condition, StoredPoint point) => condition.ConditionOneOfCase switch
    {
        Condition.ConditionOneOfOneofCase.Filter => Matches(condition.Filter, point),
        Condition.ConditionOneOfOneofCase.HasId => condition.HasId.HasId.Any(id => Key(id) == Key(point.Id)),
        Condition.ConditionOneOfOneofCase.Field => FieldHolds(condition.Field, point),
        _ => throw new RpcException(new Status(StatusCode.Unimplemented, $"the loopback Qdrant does not filter by {condition.ConditionOneOfCase}")),
    };

    private static bool FieldHolds(FieldCondition field, StoredPoint point)
    {
        if (field.Match is null)
        {
            throw new RpcException(new Status(StatusCode.Unimplemented, $"the loopback Qdrant filters fields by match only ({field.Key})"));
        }

        var values = !point.Payload.TryGetValue(field.Key, out var value) ? []
            : value.KindCase == Value.KindOneofCase.ListValue ? value.ListValue.Values.Select(v => v.StringValue).ToList()
            : [value.StringValue];
        return field.Match.MatchValueCase switch
        {
            Match.MatchValueOneofCase.Keyword => values.Contains(field.Match.Keyword),
            Match.MatchValueOneofCase.Keywords => values.Any(field.Match.Keywords.Strings.Contains),
            Match.MatchValueOneofCase.ExceptKeywords => !values.Any(field.Match.ExceptKeywords.Strings.Contains),
            _ => throw new RpcException(new Status(StatusCode.Unimplemented, $"the loopback Qdrant does not match by {field.Match.MatchValueCase}")),
        };
    }

    private static Filter? Both(Filter? a, Filter? b) =>
        a is null ? b : b is null ? a : new Filter { Must = { new Condition { Filter = a }, new Condition { Filter = b } } };

    private static IEnumerable<KeyValuePair<string, Value>> Select(MapField<string, Value> payload, WithPayloadSelector? selector) =>
        selector?.SelectorOptionsCase switch
        {
            WithPayloadSelector.SelectorOptionsOneofCase.Enable when selector.Enable => payload,
            WithPayloadSelector.SelectorOptionsOneofCase.Include => payload.Where(p => selector.Include.Fields.Contains(p.Key)),
            WithPayloadSelector.SelectorOptionsOneofCase.Exclude => payload.Where(p => !selector.Exclude.Fields.Contains(p.Key)),
            _ => [],
        };

    private static void Copy(IEnumerable<KeyValuePair<string, Value>> from, MapField<string, Value> to)
    {
        foreach (var (key, value) in from)
        {
            to[key] = value;
        }
    }

    private Collection Find(string name) => _collections.TryGetValue(name, out var c) ? c : throw NotFound(name);

    private static RpcException NotFound(string name) => new(new Status(StatusCode.NotFound, $"Not found: Collection `{name}` doesn't exist!"));

    private static PointsOperationResponse Completed() => new() { Result = new UpdateResult { Status = UpdateStatus.Completed } };

    private static string Key(PointId id) => id.PointIdOptionsCase == PointId.PointIdOptionsOneofCase.Uuid ? id.Uuid : id.Num.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static float[] Normalised(float[] v)
    {
        var length = MathF.Sqrt(v.Sum(x => x * x));
        return length == 0 ? v : [.. v.Select(x => x / length)];
    }

    private static float Dot(float[] a, float[] b) => a.Zip(b).Sum(x => x.First * x.Second);

    private sealed class Collection(VectorsConfig? dense, SparseVectorConfig? sparse)
    {
        public VectorsConfig? Dense { get; } = dense;
        public SparseVectorConfig? Sparse { get; } = sparse;
        public Dictionary<string, FieldType> Indexes { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, StoredPoint> Points { get; } = new(StringComparer.Ordinal);

        public ulong? DenseSize(string name) =>
            Dense?.ParamsMap?.Map.TryGetValue(name, out var p) == true ? p.Size
            : name.Length == 0 && Dense?.Params is { } single ? single.Size
            : null;
    }

    private sealed record StoredPoint(PointId Id, MapField<string, Value> Payload)
    {
        public Dictionary<string, float[]> Dense { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, Dictionary<uint, float>> Sparse { get; } = new(StringComparer.Ordinal);
    }
}
