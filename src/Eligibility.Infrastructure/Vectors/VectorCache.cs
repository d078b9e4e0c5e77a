using System.Collections.Concurrent;
using Eligibility.Core.Manuals;

namespace Eligibility.Infrastructure.Vectors;

/// <summary>Keeps each manual version's vectors in memory once loaded; versions are immutable, so no expiry is needed.</summary>
public sealed class VectorCache
{
    private readonly ConcurrentDictionary<ManualVersionKey, Lazy<Task<VectorSet>>> _sets = new();

    public Task<VectorSet> GetAsync(ManualVersionKey key, Func<ManualVersionKey, Task<VectorSet>> load) =>
        _sets.GetOrAdd(key, k => new Lazy<Task<VectorSet>>(() => load(k))).Value;

    public void Invalidate(ManualVersionKey key) => _sets.TryRemove(key, out _);
}
