using Eligibility.Core.Publishing;
using Eligibility.Server.Assistant;
using Microsoft.AspNetCore.SignalR;

namespace Eligibility.Server.Publishing;

/// <summary>
/// Pushes what policy staff and caseworkers must see as it happens: upload progress to the admin page, notices to
/// the caseworkers they are for (who also get them at their next sign-in). A push that fails is logged, never
/// fatal: the records already hold what it said.
/// </summary>
public sealed class PublishingNotifier(IHubContext<AdminHub> admin, IHubContext<AssistantHub> panel, ILogger<PublishingNotifier> logger)
{
    public Task UploadChangedAsync(Upload upload, CancellationToken ct) =>
        SendAsync(() => admin.Clients.Group(AdminHub.Group).SendAsync("upload", UploadView.Of(upload), ct));

    public Task VersionsChangedAsync(string manualId, CancellationToken ct) =>
        SendAsync(() => admin.Clients.Group(AdminHub.Group).SendAsync("versions", manualId, ct));

    public async Task NoticesRaisedAsync(IEnumerable<Notice> notices, CancellationToken ct)
    {
        foreach (var notice in notices)
        {
            await SendAsync(() => panel.Clients.Group(AssistantHub.UserGroup(notice.Recipient)).SendAsync("notice", NoticeView.Of(notice), ct));
        }
    }

    private async Task SendAsync(Func<Task> send)
    {
        try
        {
            await send();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            ServerLog.PushFailed(logger, e);
        }
    }
}

/// <summary>A notice as the panel shows it.</summary>
public sealed record NoticeView(string Id, string Kind, string Subject, string Text, DateTimeOffset At)
{
    public static NoticeView Of(Notice n) => new(n.Id, n.Kind, n.Subject, n.Text, n.CreatedAt);
}
