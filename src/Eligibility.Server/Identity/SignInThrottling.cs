using System.Globalization;
using System.Threading.RateLimiting;
using Eligibility.Core.SignIn;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Eligibility.Server.Identity;

/// <summary>
/// Sign-in throttling in three layers: ASP.NET Core's rate limiter per client address (the middleware, policy
/// <see cref="PerClient"/>), a rate limiter per account name on this instance (<see cref="TryAccount"/>), and the
/// lockout with back-off in the records database that every instance shares (<see cref="ISignInLockouts"/>).
/// </summary>
internal sealed class SignInThrottling(IOptions<SignInOptions> options) : IDisposable
{
    public const string PerClient = "sign-in-per-client";

    private readonly PartitionedRateLimiter<string> _accounts = PartitionedRateLimiter.Create<string, string>(account =>
        RateLimitPartition.GetSlidingWindowLimiter(account, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, options.Value.PerAccountPerMinute),
            Window = TimeSpan.FromMinutes(1),
            SegmentsPerWindow = 6,
            QueueLimit = 0,
        }));

    /// <summary>Takes one attempt for <paramref name="account"/>; false when its minute's attempts are used up.</summary>
    public bool TryAccount(string account)
    {
        using var lease = _accounts.AttemptAcquire(account.Trim().ToLowerInvariant());
        return lease.IsAcquired;
    }

    public void Dispose() => _accounts.Dispose();

    public static IHostApplicationBuilder AddSignInThrottling(IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SignInOptions>().BindConfiguration(SignInOptions.SectionName)
            .Validate(o => o.PerClientPerMinute > 0 && o.PerAccountPerMinute > 0, "SignIn:PerClientPerMinute and SignIn:PerAccountPerMinute must be positive")
            .Validate(o => o.Lockout.FailuresAllowed > 0 && o.Lockout.FirstLockout > TimeSpan.Zero && o.Lockout.LongestLockout >= o.Lockout.FirstLockout,
                "SignIn:Lockout needs FailuresAllowed > 0 and 0 < FirstLockout <= LongestLockout")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<SignInOptions>>().Value.Lockout);
        builder.Services.AddSingleton<SignInThrottling>();
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(PerClient, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = http.RequestServices.GetRequiredService<IOptions<SignInOptions>>().Value.PerClientPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            limiter.OnRejected = async (context, ct) =>
            {
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
                await TooMany(context.HttpContext, wait, "Too many sign-in attempts from this address").ExecuteAsync(context.HttpContext);
            };
        });
        return builder;
    }

    /// <summary>429 with Retry-After and a sentence that says how long to wait.</summary>
    public static IResult TooMany(HttpContext http, TimeSpan wait, string why)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem($"{why}; try again in {seconds} s.", statusCode: StatusCodes.Status429TooManyRequests);
    }
}
