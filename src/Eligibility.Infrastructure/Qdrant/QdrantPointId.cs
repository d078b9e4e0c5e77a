using System.Security.Cryptography;
using System.Text;

namespace Eligibility.Infrastructure.Qdrant;

/// <summary>
/// Qdrant point ids must be integers or UUIDs, so each passage id maps to a name-based UUID (RFC 9562 version 8 over
/// SHA-256): re-indexing a version overwrites the same points instead of adding new ones.
/// </summary>
internal static class QdrantPointId
{
    public static Guid For(string passageId)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes("eligibility/passage/" + passageId), hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80); // version 8
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC variant
        return new Guid(bytes, bigEndian: true);
    }
}
