using Eligibility.Core.Audit;
using Eligibility.Core.SignIn;
using Microsoft.EntityFrameworkCore;

namespace Eligibility.Infrastructure.Records.SignIn;

/// <summary>
/// Lockouts in the records database. A failure is counted inside the serialised audit transaction, so two
/// instances counting at once never lose a failure, and a lockout commits with its <c>sign-in-locked</c> entry.
/// </summary>
internal sealed class EfSignInLockouts(RecordsDatabase database, EfAuditLog audit, SignInLockoutPolicy policy, TimeProvider clock) : ISignInLockouts
{
    public const int LongestName = 256;

    public async Task<DateTimeOffset?> LockedUntilAsync(string account, CancellationToken ct)
    {
        var key = Key(account);
        await using var db = await database.OpenAsync(ct);
        var until = await db.SignInLockouts.AsNoTracking().Where(r => r.Account == key).Select(r => r.LockedUntil).FirstOrDefaultAsync(ct);
        return until is { } at && StoredTime.FromColumn(at) > clock.GetUtcNow() ? StoredTime.FromColumn(at) : null;
    }

    public async Task<DateTimeOffset?> FailedAsync(string account, string client, CancellationToken ct)
    {
        var key = Key(account);
        DateTimeOffset? lockedUntil = null;
        await audit.WriteAsync(async (db, token) =>
        {
            var now = clock.GetUtcNow();
            var row = await db.SignInLockouts.FirstOrDefaultAsync(r => r.Account == key, token);
            if (row is null)
            {
                row = new SignInLockoutRow { Account = key };
                db.SignInLockouts.Add(row);
            }
            else if (now - StoredTime.FromColumn(row.LastFailureAt) > policy.ForgetAfter)
            {
                row.Failures = 0;
            }

            row.Failures++;
            row.LastFailureAt = StoredTime.ToColumn(now);
            if (policy.LockoutAfter(row.Failures) is not { } lockout)
            {
                return null;
            }

            lockedUntil = now + lockout;
            row.LockedUntil = StoredTime.ToColumn(lockedUntil.Value);
            return new AuditRecord("system", "sign-in-locked", $"account:{key}", new { account = key, failures = row.Failures, until = lockedUntil, seconds = (int)lockout.TotalSeconds, client });
        }, ct);
        return lockedUntil;
    }

    public async Task SucceededAsync(string account, CancellationToken ct)
    {
        var key = Key(account);
        await using var db = await database.OpenAsync(ct);
        await db.SignInLockouts.Where(r => r.Account == key).ExecuteDeleteAsync(ct);
    }

    private static string Key(string account)
    {
        var key = account.Trim().ToLowerInvariant();
        return key.Length <= LongestName ? key : key[..LongestName];
    }
}
