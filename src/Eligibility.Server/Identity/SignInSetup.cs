using Microsoft.AspNetCore.Identity;

namespace Eligibility.Server.Identity;

/// <summary>
/// Whether anyone can sign in, decided before the server starts. Demo accounts exist in Development or with
/// <c>Auth:DemoAccounts=true</c>; anywhere else a start with no accounts (<c>Users</c>) and no identity provider
/// (<c>Jwt:Authority</c>) is refused with a message saying what to configure, and so is an account that still has
/// its demo password.
/// </summary>
internal static class SignInSetup
{
    public static bool DemoAccountsEnabled(IHostApplicationBuilder builder) =>
        builder.Configuration.GetValue<bool?>("Auth:DemoAccounts") ?? builder.Environment.IsDevelopment();

    public static string? Refusal(IHostApplicationBuilder builder)
    {
        if (DemoAccountsEnabled(builder))
        {
            return null;
        }

        var users = (builder.Configuration.GetSection("Users").Get<List<UserAccount>>() ?? []).Where(u => !string.IsNullOrWhiteSpace(u.PasswordHash)).ToList();
        if (users.Count == 0 && string.IsNullOrWhiteSpace(builder.Configuration["Jwt:Authority"]))
        {
            return $"nobody can sign in: the {builder.Environment.EnvironmentName} environment has no demo accounts. Configure accounts under Users "
                + "(Users__0__Name, Users__0__PasswordHash from `Eligibility.Server hash-password SECRET`, Users__0__Roles__0) or an OpenID Connect "
                + "authority under Jwt:Authority; for a demo only, set Auth:DemoAccounts=true.";
        }

        var hasher = new PasswordHasher<UserAccount>();
        var demo = users.FirstOrDefault(u => Verifies(hasher, u, u.Name.Trim().ToLowerInvariant() + DemoAccounts.PasswordSuffix));
        return demo is null ? null : $"the account '{demo.Name}' in Users still has its demo password; give it a new PasswordHash (`Eligibility.Server hash-password SECRET`).";
    }

    private static bool Verifies(PasswordHasher<UserAccount> hasher, UserAccount account, string password)
    {
        try
        {
            return hasher.VerifyHashedPassword(account, account.PasswordHash, password) != PasswordVerificationResult.Failed;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
