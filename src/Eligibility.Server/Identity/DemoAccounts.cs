namespace Eligibility.Server.Identity;

/// <summary>
/// The four demo accounts of the embedded default (<c>caseworker</c> / <c>caseworker-demo</c>, and the same for
/// <c>policy</c>, <c>evaluator</c> and <c>admin</c>). They exist only in Development or with
/// <c>Auth:DemoAccounts=true</c> (<c>./run</c> sets it); a production start never accepts their passwords.
/// </summary>
internal static class DemoAccounts
{
    public const string PasswordSuffix = "-demo";

    public static IReadOnlyList<UserAccount> All { get; } =
    [
        new() { Name = "caseworker", Roles = [Identity.Roles.Caseworker], PasswordHash = "AQAAAAIAAYagAAAAEJk1FYZPXKoTyheXiX1wqu/DHCRXRDFRGjE3DlsQUKNzW/kEA7B46QkeKJH+17k1VQ==" },
        new() { Name = "policy", Roles = [Identity.Roles.PolicyStaff], PasswordHash = "AQAAAAIAAYagAAAAEB1E+o1ezPNfi4DOu7JR4Scs2sa3cPIsLwvmH8iKJGFH23AeXXVrzAbezga1ipCmCQ==" },
        new() { Name = "evaluator", Roles = [Identity.Roles.Evaluator], PasswordHash = "AQAAAAIAAYagAAAAEDWy3nJ3aYvw2zird+zN0E4jHRkmi7PQmMYA4D0VGalNF6i5TJSlhCUr7yLpPFb3kQ==" },
        new() { Name = "admin", Roles = [Identity.Roles.Admin], PasswordHash = "AQAAAAIAAYagAAAAEJOfgeO9rI2Yx8Qx0DQy8xdHgQb6GAUEWHIOhyaJD/7NGbEQQHdDJni+0vYS1EgzHg==" },
    ];
}

/// <summary>Says at start, as a warning, that the demo accounts are on.</summary>
internal sealed class DemoAccountsNotice(ILogger<DemoAccountsNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        ServerLog.DemoAccountsEnabled(logger);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
