using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Eligibility.Server.Identity;

/// <summary>The accounts from configuration, and the demo accounts when enabled, looked up by name (case-insensitive).</summary>
public sealed class UserDirectory(IOptionsMonitor<List<UserAccount>> accounts, IPasswordHasher<UserAccount> hasher, bool demoAccounts)
{
    private readonly Lazy<UserAccount> _standIn = new(() =>
    {
        var account = new UserAccount { Name = "\u2400stand-in" };
        account.PasswordHash = hasher.HashPassword(account, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        return account;
    });

    public UserAccount? Find(string name) =>
        accounts.CurrentValue.Concat(demoAccounts ? DemoAccounts.All : []).FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>An account nobody can sign in as, hashed like the real ones: unknown names are checked against it.</summary>
    public UserAccount StandIn => _standIn.Value;
}
