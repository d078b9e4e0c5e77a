using Eligibility.Ingest.Layout;
using Eligibility.Ingest.Structure;

namespace Eligibility.Ingest.Chunking;

/// <summary>A piece of a block: the whole block, or a run of its sentences when a paragraph alone is too long.</summary>
internal sealed record Piece(Block Block, int Start, int End)
{
    public string Text => Block.Text[Start..End];
    public int Tokens => Core.Passages.TokenEstimate.Of(End - Start);
}

/// <summary>Consecutive pieces of one section that become one passage.</summary>
internal sealed record Chunk(Section Section, IReadOnlyList<Piece> Pieces);
