using Eligibility.Ingest.Layout;
using Eligibility.Ingest.Structure;

namespace Eligibility.Ingest.Chunking;

/// <summary>A piece of a block: the whole block, or a run of its sentences; <see cref="Tokens"/> as counted when cut.</summary>
internal sealed record Piece(Block Block, int Start, int End, int Tokens)
{
    public string Text => Block.Text[Start..End];
}

/// <summary>Consecutive pieces of one section that become one passage.</summary>
internal sealed record Chunk(Section Section, IReadOnlyList<Piece> Pieces)
{
    public int Tokens => Pieces.Sum(p => p.Tokens);
}
