using System.Text.Json;
using Eligibility.Core.Manuals;
using Microsoft.EntityFrameworkCore;

namespace Eligibility.Infrastructure.Records;

/// <summary>
/// Checks the state against the chain, reading in bounded batches: every published manual version has its publish
/// entry (or came in with an import that recorded it published), and every final determination's row is what
/// its decision entry recorded.
/// </summary>
internal static class AuditStateCheck
{
    private const int Batch = 500;
    private const string Decision = "determination-decision";

    public sealed record Disagreement(string Reason, long? Sequence);

    public static async Task<Disagreement?> FirstDisagreementAsync(RecordsDbContext db, CancellationToken ct)
    {
        return await UnrecordedPublicationAsync(db, ct) ?? await AlteredDeterminationAsync(db, ct);
    }

    private static async Task<Disagreement?> UnrecordedPublicationAsync(RecordsDbContext db, CancellationToken ct)
    {
        var published = await db.ManualVersions.AsNoTracking().Where(v => v.Status == nameof(VersionStatus.Published))
            .OrderBy(v => v.ManualId).ThenBy(v => v.Version).Select(v => new { v.ManualId, v.Version }).ToListAsync(ct);
        var imported = await db.AuditEntries.AsNoTracking().Where(e => e.Kind == "records-imported").Select(e => e.Payload).ToListAsync(ct);
        foreach (var version in published)
        {
            var key = new ManualVersionKey(version.ManualId, version.Version).ToString();
            var recorded = await db.AuditEntries.AsNoTracking().AnyAsync(e => e.Subject == key && e.Kind == ManualAudit.Published, ct)
                || imported.Any(p => p.Contains($"\"{key} (published)\"", StringComparison.Ordinal));
            if (!recorded)
            {
                return new Disagreement($"manual version {key} is published, but no audit entry records its publication", null);
            }
        }

        return null;
    }

    private static async Task<Disagreement?> AlteredDeterminationAsync(RecordsDbContext db, CancellationToken ct)
    {
        var after = "";
        while (true)
        {
            var rows = await db.Determinations.AsNoTracking().Where(r => r.State != DeterminationRow.DraftState && string.Compare(r.Id, after) > 0)
                .OrderBy(r => r.Id).Take(Batch).ToListAsync(ct);
            foreach (var row in rows)
            {
                var entry = await db.AuditEntries.AsNoTracking().Where(e => e.Subject == row.Id && e.Kind == Decision)
                    .OrderByDescending(e => e.Sequence).Select(e => new { e.Sequence, e.Payload }).FirstOrDefaultAsync(ct);
                if (entry is null)
                {
                    return new Disagreement($"determination {row.Id} is {row.State.ToLowerInvariant()}, but no audit entry records its decision", null);
                }

                if (!Matches(row, entry.Payload))
                {
                    return new Disagreement($"determination {row.Id} no longer matches its decision entry {entry.Sequence} (the row was edited)", entry.Sequence);
                }
            }

            if (rows.Count < Batch)
            {
                return null;
            }

            after = rows[^1].Id;
        }
    }

    /// <summary>The row digest when the entry has one; entries from before digests are compared on the decision's own fields.</summary>
    private static bool Matches(DeterminationRow row, string payload)
    {
        using var json = JsonDocument.Parse(payload);
        var recorded = json.RootElement;
        if (recorded.TryGetProperty(DeterminationRowDigest.Field, out var digest))
        {
            return digest.GetString() == DeterminationRowDigest.Of(row);
        }

        return Text(recorded, "state") == row.State && Text(recorded, "finalOutcome") == row.FinalOutcome && Text(recorded, "finalSummary") == row.FinalSummary;
    }

    private static string? Text(JsonElement element, string name) => element.TryGetProperty(name, out var value) ? value.GetString() : null;
}
