using Microsoft.AspNetCore.Identity;

namespace Eligibility.Server.Identity;

/// <summary><c>dotnet run --project src/Eligibility.Server -- hash-password SECRET</c> prints a hash for <c>Users:N:PasswordHash</c>.</summary>
public static class PasswordHashing
{
    public static string Hash(string password) => new PasswordHasher<UserAccount>().HashPassword(new UserAccount(), password);
}
