using System.Net;
using System.Net.Http.Json;
using Eligibility.Server.Identity;
using Eligibility.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using static Eligibility.Tests.Determinations.Api.DeterminationClient;

namespace Eligibility.Tests.Security;

/// <summary>Sign-in does the same work for unknown names as for known ones; sign-out needs the panel's header like every state change.</summary>
public sealed class SignInTests
{
    [Fact]
    public async Task An_unknown_user_name_runs_the_same_password_hashing_as_a_known_one()
    {
        var counting = new CountingHasher();
        await using var app = new EligibilityApp(services: s => s.AddSingleton<IPasswordHasher<UserAccount>>(counting));
        using var client = app.CreateClient();

        var known = await client.PostAsJsonAsync("/auth/sign-in", new { name = "caseworker", password = "wrong-password" }, Ct);
        var knownWork = counting.Verifications;
        var unknown = await client.PostAsJsonAsync("/auth/sign-in", new { name = "nobody-by-this-name", password = "wrong-password" }, Ct);
        var unknownWork = counting.Verifications - knownWork;

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (known.StatusCode, unknown.StatusCode));
        Assert.Equal(1, knownWork);
        Assert.Equal(1, unknownWork);
        // The stand-in is hashed like a real account, so the verification costs the same iterations.
        Assert.Equal(counting.FormatMarkers[0], counting.FormatMarkers[1]);
    }

    [Fact]
    public async Task Sign_out_without_the_panel_header_is_refused_and_the_session_stays()
    {
        await using var app = new EligibilityApp();
        using var caseworker = await SignedInAsync(app, "caseworker");

        var (refused, _) = await SendAsync(caseworker, Post("/auth/sign-out", null, panelHeader: false));
        Assert.Equal(HttpStatusCode.BadRequest, refused);
        Assert.Equal(HttpStatusCode.OK, (await caseworker.GetAsync("/auth/me", Ct)).StatusCode);

        var (signedOut, _) = await SendAsync(caseworker, Post("/auth/sign-out", null));
        Assert.Equal(HttpStatusCode.NoContent, signedOut);
        Assert.Equal(HttpStatusCode.Unauthorized, (await caseworker.GetAsync("/auth/me", Ct)).StatusCode);
    }

    private sealed class CountingHasher : IPasswordHasher<UserAccount>
    {
        private readonly PasswordHasher<UserAccount> _inner = new();

        public int Verifications { get; private set; }

        /// <summary>The first bytes of each verified hash: the format and PRF/iteration header.</summary>
        public List<string> FormatMarkers { get; } = [];

        public string HashPassword(UserAccount user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(UserAccount user, string hashedPassword, string providedPassword)
        {
            Verifications++;
            FormatMarkers.Add(Convert.ToHexString(Convert.FromBase64String(hashedPassword).AsSpan(0, 9)));
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
