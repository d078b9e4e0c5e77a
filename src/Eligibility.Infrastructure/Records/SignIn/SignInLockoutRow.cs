namespace Eligibility.Infrastructure.Records.SignIn;

/// <summary>An account name's failed sign-ins in a row and the lockout they earned.</summary>
internal sealed class SignInLockoutRow
{
    /// <summary>The name as typed, trimmed and lower-cased.</summary>
    public string Account { get; set; } = "";

    public int Failures { get; set; }

    public DateTime LastFailureAt { get; set; }

    public DateTime? LockedUntil { get; set; }
}
