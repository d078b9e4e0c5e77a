using System.Net;
using Anthropic.Exceptions;
using Eligibility.Core.Answering;

namespace Eligibility.Infrastructure.Anthropic;

/// <summary>
/// Which failures are worth a retry, and how each failure reads to a caseworker. Every message goes through
/// <see cref="Redact"/>, so the API key never appears in it, even when a server echoes it back.
/// </summary>
internal sealed class ClaudeErrors(ClaudeOptions options)
{
    public const string NotConfigured = "Claude is not configured: set Claude:ApiKey.";

    private const int MaxServerMessageLength = 300;

    /// <summary>429, 408, 5xx (529 overloaded included), network errors, and overloaded/API errors sent as a stream event.</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        AnthropicApiException api => IsTransient(api.StatusCode),
        AnthropicSseException sse => ErrorType(sse) is "overloaded_error" or "api_error" or "rate_limit_error" or "timeout_error",
        AnthropicIOException => true,
        _ => false,
    };

    /// <summary>The caller gave up: not a Claude failure, so it is rethrown as is rather than described.</summary>
    public static bool IsCallerCancellation(Exception exception, CancellationToken ct) => exception is OperationCanceledException && ct.IsCancellationRequested;

    /// <summary>A short reason for log lines about retries.</summary>
    public static string Reason(Exception exception) => exception switch
    {
        AnthropicApiException api => $"HTTP {(int)api.StatusCode}",
        AnthropicSseException sse => $"stream error {ErrorType(sse) ?? "unknown"}",
        _ => exception.GetType().Name,
    };

    /// <summary>
    /// The caseworker-readable failure, with the SDK exception kept as the inner exception unless it would carry
    /// the key along. <paramref name="answerStarted"/> tells whether part of the answer was already streamed;
    /// <paramref name="attempts"/> how many requests were made.
    /// </summary>
    public AnswerGenerationException ToAnswerException(Exception exception, bool answerStarted, int attempts) =>
        exception as AnswerGenerationException
        ?? new AnswerGenerationException(Describe(exception, answerStarted, attempts), Contains(exception.ToString()) ? null : exception);

    /// <summary>What went wrong, in one or two sentences for a caseworker, without the API key.</summary>
    public string Describe(Exception exception, bool answerStarted, int attempts)
    {
        var message = exception switch
        {
            AnswerGenerationException known => known.Message,
            OperationCanceledException => answerStarted
                ? $"Claude stopped mid-answer: nothing arrived for {options.TimeoutSeconds} s."
                : $"Claude did not answer within {options.TimeoutSeconds} s. Try again in a moment.",
            AnthropicApiException { StatusCode: HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden } api =>
                $"Claude could not answer: the Claude API key was rejected (HTTP {(int)api.StatusCode}). Ask an administrator to check Claude:ApiKey.",
            AnthropicApiException api when IsTransient(api.StatusCode) =>
                $"Claude is unavailable right now (HTTP {(int)api.StatusCode}{Detail(api)}) after {Attempts(attempts)}. Try again in a few minutes.",
            AnthropicApiException api =>
                $"Claude rejected the request (HTTP {(int)api.StatusCode}{Detail(api)}).",
            AnthropicSseException sse when !answerStarted && IsTransient(sse) =>
                $"Claude is unavailable right now ({Detail(sse).TrimStart(':', ' ')}) after {Attempts(attempts)}. Try again in a few minutes.",
            AnthropicSseException sse =>
                $"Claude stopped mid-answer: {Detail(sse).TrimStart(':', ' ')}.",
            AnthropicIOException io =>
                $"Claude could not be reached ({Shorten(io.InnerException?.Message ?? io.Message)}) after {Attempts(attempts)}.",
            AnthropicInvalidDataException invalid =>
                $"Claude sent a response that could not be read ({Shorten(invalid.Message)}).",
            _ => $"Claude could not answer: {exception.GetType().Name} ({Shorten(exception.Message)}).",
        };

        return Redact(message);
    }

    /// <summary>Replaces the API key wherever it occurs.</summary>
    public string Redact(string text) =>
        options.IsConfigured ? text.Replace(options.ApiKey!.Trim(), "***", StringComparison.Ordinal) : text;

    private bool Contains(string text) => options.IsConfigured && text.Contains(options.ApiKey!.Trim(), StringComparison.Ordinal);

    /// <summary>The <c>error.type</c> of the error body or event, e.g. <c>overloaded_error</c>.</summary>
    private static string? ErrorType(AnthropicServiceException exception) => SdkField.TryRead(() => exception.Type?.Raw());

    private static bool IsTransient(HttpStatusCode status) => (int)status is 408 or 429 or >= 500;

    private static string Attempts(int attempts) => attempts == 1 ? "1 attempt" : $"{attempts} attempts";

    /// <summary>": {error type}: {server message}" from the error body, when it has one.</summary>
    private string Detail(AnthropicServiceException exception)
    {
        var type = ErrorType(exception);
        var text = SdkField.TryRead(() => exception.ApiMessage);
        var parts = new[] { type, text }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => Shorten(p!)).ToList();
        return parts.Count == 0 ? string.Empty : ": " + string.Join(": ", parts);
    }

    private string Shorten(string text)
    {
        var oneLine = string.Join(' ', Redact(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return oneLine.Length > MaxServerMessageLength ? oneLine[..MaxServerMessageLength] + "…" : oneLine;
    }
}
