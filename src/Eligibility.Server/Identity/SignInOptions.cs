using Eligibility.Core.SignIn;

namespace Eligibility.Server.Identity;

/// <summary>Throttling of sign-in (configuration section <c>SignIn</c>); lockout settings under <c>SignIn:Lockout</c>.</summary>
public sealed class SignInOptions
{
    public const string SectionName = "SignIn";

    /// <summary>Attempts one client address may make in a minute, whatever the names (ASP.NET Core rate limiting).</summary>
    public int PerClientPerMinute { get; set; } = 30;

    /// <summary>Attempts one account name may get in a minute on one instance, whatever the address.</summary>
    public int PerAccountPerMinute { get; set; } = 10;

    public SignInLockoutPolicy Lockout { get; set; } = new();
}
