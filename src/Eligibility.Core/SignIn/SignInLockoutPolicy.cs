namespace Eligibility.Core.SignIn;

/// <summary>
/// How repeated failed sign-ins lock an account name: after <see cref="FailuresAllowed"/> failures in a row, each
/// further failure locks it for <see cref="FirstLockout"/>, doubling up to <see cref="LongestLockout"/>. A success
/// clears the count, and so does a quiet spell of <see cref="ForgetAfter"/> since the last failure.
/// </summary>
public sealed record SignInLockoutPolicy
{
    public int FailuresAllowed { get; init; } = 5;

    public TimeSpan FirstLockout { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan LongestLockout { get; init; } = TimeSpan.FromMinutes(15);

    public TimeSpan ForgetAfter { get; init; } = TimeSpan.FromHours(1);

    /// <summary>How long the name is locked after its <paramref name="failures"/>th failure in a row (none before the allowance is used up).</summary>
    public TimeSpan? LockoutAfter(int failures)
    {
        if (failures < FailuresAllowed)
        {
            return null;
        }

        var doublings = Math.Min(failures - FailuresAllowed, 20);
        var lockout = FirstLockout * Math.Pow(2, doublings);
        return lockout < LongestLockout ? lockout : LongestLockout;
    }
}
