using System.Numerics.Tensors;
using Eligibility.Core.Retrieval;

namespace Eligibility.Infrastructure.Vectors;

/// <summary>The normalised vectors of one manual version, searched by SIMD dot product.</summary>
public sealed class VectorSet
{
    private readonly IReadOnlyList<string> _ids;
    private readonly float[] _matrix;
    private readonly int _dimensions;

    public VectorSet(IReadOnlyList<string> ids, IReadOnlyList<float[]> rows)
    {
        _ids = ids;
        _dimensions = rows.Count == 0 ? 0 : rows[0].Length;
        _matrix = new float[rows.Count * _dimensions];
        for (var i = 0; i < rows.Count; i++)
        {
            var row = _matrix.AsSpan(i * _dimensions, _dimensions);
            rows[i].CopyTo(row);
            var norm = TensorPrimitives.Norm(row);
            if (norm > 0)
            {
                TensorPrimitives.Divide(row, norm, row);
            }
        }
    }

    public int Count => _ids.Count;

    public IEnumerable<PassageHit> Nearest(ReadOnlySpan<float> query, int top)
    {
        if (Count == 0 || query.Length != _dimensions)
        {
            return [];
        }

        var norm = TensorPrimitives.Norm(query);
        var scores = new float[Count];
        for (var i = 0; i < Count; i++)
        {
            scores[i] = TensorPrimitives.Dot(_matrix.AsSpan(i * _dimensions, _dimensions), query) / (norm == 0 ? 1 : norm);
        }

        return Enumerable.Range(0, Count)
            .OrderByDescending(i => scores[i])
            .Take(top)
            .Select(i => new PassageHit(_ids[i], scores[i]))
            .ToList();
    }
}
