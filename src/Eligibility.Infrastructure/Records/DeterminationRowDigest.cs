using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Eligibility.Infrastructure.Records;

/// <summary>
/// A SHA-256 over everything a final determination's row holds. The decision entry records it, in the same
/// transaction as the decision, so verify can tell whether the row was edited afterwards.
/// </summary>
internal static class DeterminationRowDigest
{
    public const string Field = "rowDigest";

    public static string Of(DeterminationRow row)
    {
        string?[] parts =
        [
            row.Id, row.CreatedBy, row.Owner, Time(row.CreatedAt), row.Corrects, row.Facts, row.Draft, row.State, row.DecidedBy,
            row.DecidedAt is { } at ? Time(at) : null, row.FinalOutcome, row.FinalSummary, row.Amendments, row.Reason,
        ];
        var canonical = string.Join('\n', parts.Select(p => p is null ? "\u2400" : p.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    private static string Time(DateTime time) => StoredTime.FromColumn(time).UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
}
