namespace Eligibility.Core.SignIn;

/// <summary>
/// Failed sign-ins and lockouts by account name, kept in the records database so that every server instance sees
/// them. Unknown names are counted like known ones: a lockout never tells which names exist.
/// </summary>
public interface ISignInLockouts
{
    /// <summary>Until when the name is locked, or null when it may try now.</summary>
    Task<DateTimeOffset?> LockedUntilAsync(string account, CancellationToken ct);

    /// <summary>Counts a failure from <paramref name="client"/>; returns the lockout it starts, if any (put on record in the audit log).</summary>
    Task<DateTimeOffset?> FailedAsync(string account, string client, CancellationToken ct);

    /// <summary>A successful sign-in clears the name's failures.</summary>
    Task SucceededAsync(string account, CancellationToken ct);
}
