using System.Text.Json;
using Eligibility.Core.Audit;
using Eligibility.Core.Determinations;
using Microsoft.EntityFrameworkCore;

namespace Eligibility.Infrastructure.Records;

/// <summary>Determinations in the records database. A decision is one conditional UPDATE that only matches a draft.</summary>
internal sealed class EfDeterminationStore(RecordsDatabase database, EfAuditLog audit) : IDeterminationStore
{
    public async Task AddAsync(Determination determination, AuditRecord auditRecord, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(determination);
        ArgumentNullException.ThrowIfNull(auditRecord);
        if (determination.IsFinal)
        {
            throw new ArgumentException($"determination {determination.Id} is already {determination.State}: only drafts are added, decisions go through DecideAsync", nameof(determination));
        }

        await audit.WriteAsync((db, _) =>
        {
            db.Determinations.Add(DeterminationRow.From(determination));
            return Task.FromResult<AuditRecord?>(auditRecord);
        }, ct);
    }

    public async Task<Determination?> GetAsync(string id, CancellationToken ct)
    {
        await using var db = await database.OpenAsync(ct);
        var row = await db.Determinations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        return row?.ToDetermination();
    }

    public async Task<IReadOnlyList<Determination>> ListAsync(string? owner, int take, CancellationToken ct)
    {
        await using var db = await database.OpenAsync(ct);
        var rows = db.Determinations.AsNoTracking();
        if (owner is not null)
        {
            rows = rows.Where(r => r.Owner == owner);
        }

        var newest = await rows.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).Take(Math.Max(take, 0)).ToListAsync(ct);
        return newest.ConvertAll(r => r.ToDetermination());
    }

    public async Task<bool> CitesAsync(string user, string passageId, CancellationToken ct)
    {
        var quoted = System.Text.Json.JsonSerializer.Serialize(passageId);
        await using var db = await database.OpenAsync(ct);
        return await db.Determinations.AsNoTracking().AnyAsync(r => (r.Owner == user || r.CreatedBy == user) && r.Draft.Contains(quoted), ct);
    }

    public async Task<IReadOnlyList<Determination>> CorrectionsOfAsync(string id, CancellationToken ct)
    {
        await using var db = await database.OpenAsync(ct);
        var rows = await db.Determinations.AsNoTracking().Where(r => r.Corrects == id).OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).ToListAsync(ct);
        return rows.ConvertAll(r => r.ToDetermination());
    }

    public async Task<bool> DecideAsync(string id, Decision decision, AuditRecord auditRecord, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(auditRecord);
        if (decision.State == DeterminationState.Draft)
        {
            throw new ArgumentException("a decision approves, amends or rejects; it cannot leave a determination a draft", nameof(decision));
        }

        var state = decision.State.ToString();
        var decidedAt = StoredTime.ToColumn(decision.DecidedAt);
        var outcome = decision.FinalOutcome.ToString();
        var amendments = JsonSerializer.Serialize(decision.Amendments, RecordsJson.Options);
        var updated = 0;

        // The state and owner tests are part of the UPDATE itself: of two concurrent decisions only one still finds a
        // draft, and a reassignment in between is not overtaken. The audit entry is written in the same transaction,
        // only when the decision was recorded, with a digest of the row as it now stands.
        await audit.WriteAsync(async (db, token) =>
        {
            updated = await db.Determinations
                .Where(r => r.Id == id && r.State == DeterminationRow.DraftState && r.Owner == decision.DecidedBy)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(r => r.State, state)
                        .SetProperty(r => r.DecidedBy, decision.DecidedBy)
                        .SetProperty(r => r.DecidedAt, decidedAt)
                        .SetProperty(r => r.FinalOutcome, outcome)
                        .SetProperty(r => r.FinalSummary, decision.FinalSummary)
                        .SetProperty(r => r.Amendments, amendments)
                        .SetProperty(r => r.Reason, decision.Reason),
                    token);
            if (updated != 1)
            {
                return null;
            }

            var row = await db.Determinations.AsNoTracking().SingleAsync(r => r.Id == id, token);
            var details = JsonSerializer.SerializeToNode(auditRecord.Details, AuditAppend.Json)!.AsObject();
            details[DeterminationRowDigest.Field] = DeterminationRowDigest.Of(row);
            return auditRecord with { Details = details };
        }, ct);
        return updated == 1;
    }

    public async Task<bool> ReassignAsync(string id, string owner, AuditRecord auditRecord, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        ArgumentNullException.ThrowIfNull(auditRecord);
        var updated = 0;
        await audit.WriteAsync(async (db, token) =>
        {
            updated = await db.Determinations.Where(r => r.Id == id && r.State == DeterminationRow.DraftState)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Owner, owner), token);
            return updated == 1 ? auditRecord : null;
        }, ct);
        return updated == 1;
    }
}
