namespace Eligibility.Server.Identity;

/// <summary>A sign-in account of the embedded default, from configuration (<c>Users</c>); the password is stored hashed.</summary>
public sealed class UserAccount
{
    public string Name { get; set; } = "";

    /// <summary>An ASP.NET Core Identity password hash (PBKDF2); make one with <c>hash-password</c>.</summary>
    public string PasswordHash { get; set; } = "";

    public List<string> Roles { get; set; } = [];
}
