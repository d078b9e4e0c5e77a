using Eligibility.Server.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Eligibility.Server.Publishing;

/// <summary>
/// The admin page's hub: it only listens. Upload progress (<c>upload</c>), published and withdrawn versions
/// (<c>versions</c>) and gate results (<c>gate</c>) are sent to every policy staff member and admin connected.
/// </summary>
[Authorize(Policy = Roles.PublishingPolicy)]
public sealed class AdminHub : Hub
{
    public const string Path = "/hubs/admin";
    public const string Group = "publishing";

    public override async Task OnConnectedAsync()
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, Group);
        await base.OnConnectedAsync();
    }
}
