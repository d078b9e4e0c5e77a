using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.SignalR;

namespace Eligibility.Server.Identity;

/// <summary>
/// The hub connections opened under each cookie session (claim <see cref="SessionClaim"/>), so signing out also
/// closes them: a connection keeps the user it was opened with, and would otherwise outlive the sign-out.
/// In-process: with several instances, each closes the connections it holds (the sign-out reaches one of them).
/// </summary>
public sealed class SessionConnections
{
    public const string SessionClaim = "eligibility:session";

    private readonly ConcurrentDictionary<string, HubCallerContext> _connections = new(StringComparer.Ordinal);

    public static string? SessionOf(ClaimsPrincipal? user) => user?.FindFirst(SessionClaim)?.Value;

    public void Opened(HubCallerContext context) => _connections[context.ConnectionId] = context;

    public void Closed(HubCallerContext context) => _connections.TryRemove(context.ConnectionId, out _);

    /// <summary>Closes every connection opened under the session; returns how many.</summary>
    public int SignedOut(string session)
    {
        var closed = 0;
        foreach (var (id, context) in _connections)
        {
            if (SessionOf(context.User) == session && _connections.TryRemove(id, out _))
            {
                context.Abort();
                closed++;
            }
        }

        return closed;
    }
}
