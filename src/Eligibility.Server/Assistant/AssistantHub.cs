using System.Globalization;
using System.Runtime.CompilerServices;
using Eligibility.Core.Answering;
using Eligibility.Core.Audit;
using Eligibility.Core.Conversations;
using Eligibility.Server.Identity;
using Eligibility.Server.PersonalData;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Eligibility.Server.Assistant;

/// <summary>
/// The side panel's hub. Ask streams an answer (text, verified citations, then a final record); only finished
/// answers are saved. Caseworkers (and admins) only; a user sees only their own conversations.
/// </summary>
[Authorize(Policy = Roles.CaseworkerPolicy)]
public sealed class AssistantHub(
    AssistantService assistant, IConversationStore conversations, PassageViews passages, RecentCaseNames caseNames, IAuditLog audit, TimeProvider clock,
    SessionConnections sessions, ILogger<AssistantHub> logger) : Hub
{
    /// <summary>The group of one user's connections, on whichever instance: notices are sent to it.</summary>
    public static string UserGroup(string user) => "user:" + user;

    public override async Task OnConnectedAsync()
    {
        sessions.Opened(Context);
        if (Context.User?.Identity?.Name is { } name)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, UserGroup(name));
        }

        await base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        sessions.Closed(Context);
        return base.OnDisconnectedAsync(exception);
    }

    public const int MaxQuestionLength = 2000;
    private const int HistoryTurns = 3;

    private string User => Context.User?.Identity?.Name ?? throw new HubException("Sign in first.");

    public async IAsyncEnumerable<AnswerEvent> Ask(AskMessage message, [EnumeratorCancellation] CancellationToken ct)
    {
        var user = User;
        var (problem, asOf) = Validate(message);
        Conversation? conversation = null;
        if (problem is null && !string.IsNullOrEmpty(message.ConversationId))
        {
            conversation = await conversations.FindAsync(message.ConversationId, user, ct);
            problem = conversation is null ? "That conversation was not found." : null;
        }

        if (problem is not null)
        {
            ServerLog.QuestionRefused(logger, user, problem);
            yield return new AnswerFailed(problem);
            yield break;
        }

        var question = message.Question!.Trim();
        conversation ??= await conversations.StartAsync(user, question, ct);
        var history = (await conversations.AnswersAsync(conversation.Id, ct)).TakeLast(HistoryTurns).Select(a => new ConversationTurn(a.StandaloneQuestion, a.Text)).ToList();
        var answer = new AnswerCollector();
        var names = await caseNames.ForAsync(user, ct);
        await foreach (var e in assistant.AskAsync(new AskRequest(conversation.Id, question, asOf, history, KnownNames: names, AsTyped: message.AsTyped == true), ct))
        {
            answer.Add(e);
            if (e is AnswerFailed f)
            {
                ServerLog.AnswerFailed(logger, user, f.Message);
                await audit.AppendAsync(new AuditRecord(user, "answer-failed", conversation.Id, new { reason = f.Message, standalone = answer.Started?.StandaloneQuestion }), ct);
            }
            else if (e is AnswerCompleted done && answer.Started is { } started)
            {
                await conversations.SaveAnswerAsync(new StoredAnswer(done.AnswerId, conversation.Id, question, started.StandaloneQuestion, answer.Text,
                    done.Abstained, done.Mode, assistant.ModelId, started.AsOf, answer.Citations, clock.GetUtcNow()),
                    AnswerAudit.Of(user, conversation.Id, started, done, answer, assistant.ModelId), ct);
                ServerLog.Answered(logger, done.AnswerId, user, done.Mode.ToString(), done.Abstained, answer.Citations.Count, done.DroppedCitations, done.ServerMilliseconds);
            }

            yield return e;
        }
    }

    public async Task<PassageView> GetPassage(string passageId) =>
        await passages.FindAsync(passageId ?? "", Context.User ?? new System.Security.Claims.ClaimsPrincipal(), Context.ConnectionAborted) ?? throw new HubException($"Passage '{passageId}' was not found.");

    public async Task Feedback(FeedbackMessage message)
    {
        if (!Enum.TryParse<FeedbackKind>(message.Kind, ignoreCase: true, out var kind))
        {
            throw new HubException("Feedback must be helpful, wrong or outdated.");
        }

        if (message.Comment?.Length > 2000)
        {
            throw new HubException("Comments are limited to 2,000 characters.");
        }

        var answer = await conversations.FindAnswerAsync(message.AnswerId ?? "", User, Context.ConnectionAborted)
            ?? throw new HubException("That answer was not found.");
        await conversations.SaveFeedbackAsync(new AnswerFeedback(answer.Id, User, kind, message.Comment, clock.GetUtcNow()),
            new AuditRecord(User, "feedback", answer.Id, new { kind = kind.ToString(), comment = message.Comment }), Context.ConnectionAborted);
    }

    [ReadsPersonalData("conversations-listed")]
    public async Task<IReadOnlyList<ConversationSummary>> ListConversations() =>
        (await conversations.ListAsync(User, 50, Context.ConnectionAborted)).Select(c => new ConversationSummary(c.Id, c.Title, c.UpdatedAt)).ToList();

    [ReadsPersonalData("conversations-searched")]
    public async Task<IReadOnlyList<ConversationSummary>> SearchConversations(string words)
    {
        var terms = (words ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(8).ToList();
        if (terms.Any(t => t.Length > 100))
        {
            throw new HubException("Search words are limited to 100 characters each.");
        }

        var found = terms.Count == 0
            ? await conversations.ListAsync(User, 50, Context.ConnectionAborted)
            : await conversations.SearchAsync(User, terms, 50, Context.ConnectionAborted);
        return found.Select(c => new ConversationSummary(c.Id, c.Title, c.UpdatedAt)).ToList();
    }

    [ReadsPersonalData("conversation-opened")]
    public async Task<ConversationView> GetConversation(string conversationId)
    {
        var conversation = await conversations.FindAsync(conversationId ?? "", User, Context.ConnectionAborted) ?? throw new HubException("That conversation was not found.");
        var answers = await conversations.AnswersAsync(conversation.Id, Context.ConnectionAborted);
        return new ConversationView(conversation.Id, conversation.Title,
            answers.Select(a => new AnswerView(a.Id, a.Question, a.Text, a.Abstained, a.Mode, a.AsOf, a.Citations, a.CreatedAt)).ToList());
    }

    private static (string? Problem, DateOnly? AsOf) Validate(AskMessage? message)
    {
        if (message is null || string.IsNullOrWhiteSpace(message.Question))
        {
            return ("Type a question first.", null);
        }

        if (message.Question.Length > MaxQuestionLength)
        {
            return ($"Questions are limited to {MaxQuestionLength:N0} characters; this one has {message.Question.Length:N0}.", null);
        }

        if (string.IsNullOrWhiteSpace(message.AsOf))
        {
            return (null, null);
        }

        return DateOnly.TryParseExact(message.AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (null, date)
            : ($"'{message.AsOf}' is not a date (use YYYY-MM-DD).", null);
    }
}
