using Microsoft.Extensions.Logging;

namespace Eligibility.Infrastructure.Anthropic;

/// <summary>
/// Log messages of the Claude adapter. None of them carries the API key, the question, the case facts or the passages' text:
/// only model names, counts, status codes and the (key-redacted) caseworker-readable failure reason.
/// </summary>
internal static partial class ClaudeLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Claude request failed ({Reason}); retry {Retry} of {MaxRetries} in {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, string reason, int retry, int maxRetries, long delayMs);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Claude answer failed after {Attempts} attempt(s): {Reason}")]
    public static partial void AnswerFailed(ILogger logger, int attempts, string reason);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information, Message = "Claude answered with {Model} from {Passages} passages: stop {StopReason}, {Citations} citations, {InputTokens} input and {OutputTokens} output tokens")]
    public static partial void Answered(ILogger logger, string model, int passages, string stopReason, int citations, int inputTokens, int outputTokens);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Warning, Message = "Follow-up rewrite failed, so the original question is used: {Reason}")]
    public static partial void RewriteFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Warning, Message = "Claude cited a search result that was not sent (index {Index} of {Passages}); the citation is dropped")]
    public static partial void UnknownCitationSource(ILogger logger, long index, int passages);

    [LoggerMessage(EventId = 4106, Level = LogLevel.Information, Message = "Claude drafted a determination with {Model} from {Passages} passages: {Requests} request(s), {CalculatorCalls} calculator call(s), {Steps} steps, {Citations} citations, {InputTokens} input and {OutputTokens} output tokens")]
    public static partial void Drafted(ILogger logger, string model, int passages, int requests, int calculatorCalls, int steps, int citations, long inputTokens, long outputTokens);

    [LoggerMessage(EventId = 4107, Level = LogLevel.Warning, Message = "Claude draft failed after {Attempts} attempt(s): {Reason}")]
    public static partial void DraftFailed(ILogger logger, int attempts, string reason);

    [LoggerMessage(EventId = 4108, Level = LogLevel.Information, Message = "Claude was sent {Kept} of {Total} passages: {Dropped} left out past the {Budget}-token passage budget (Claude:MaxPassageTokens)")]
    public static partial void PassagesDropped(ILogger logger, int kept, int total, string dropped, int budget);
}
