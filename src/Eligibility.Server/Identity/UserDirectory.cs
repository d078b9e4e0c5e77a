using Microsoft.Extensions.Options;

namespace Eligibility.Server.Identity;

/// <summary>The accounts from configuration, looked up by name (case-insensitive).</summary>
public sealed class UserDirectory(IOptionsMonitor<List<UserAccount>> accounts)
{
    public UserAccount? Find(string name) =>
        accounts.CurrentValue.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));
}
