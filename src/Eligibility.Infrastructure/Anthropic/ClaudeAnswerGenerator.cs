using System.Runtime.CompilerServices;
using Anthropic.Models.Messages;
using Eligibility.Core.Answering;
using Microsoft.Extensions.Logging;
using Polly;

namespace Eligibility.Infrastructure.Anthropic;

/// <summary>
/// <see cref="IAnswerGenerator"/> on Claude through the official Anthropic SDK. Each passage is sent as a citable
/// search result whose source is the passage id; the streamed text and <c>search_result_location</c> citations
/// come back as <see cref="GeneratedText"/> and <see cref="GeneratedCitation"/>. Transient failures are retried
/// (<see cref="ClaudeRetryPipeline"/>) only while nothing has been yielded; every failure becomes an
/// <see cref="AnswerGenerationException"/> a caseworker can read, without the API key.
/// </summary>
public sealed class ClaudeAnswerGenerator(ClaudeOptions options, ILogger<ClaudeAnswerGenerator> logger, HttpClient? httpClient = null)
    : IAnswerGenerator, IDisposable
{
    private readonly ClaudeOptions _options = Validated(options);
    private readonly ILogger _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    private readonly ClaudeConnection _connection = ClaudeConnection.Create(options, httpClient);
    private readonly ResiliencePipeline _retry = ClaudeRetryPipeline.Build(options, logger);
    private readonly ClaudeErrors _errors = new(options);

    public string ModelId => _options.Model;

    /// <summary>The passages that fit <see cref="ClaudeOptions.MaxPassageTokens"/>, saying in the log which were left out.</summary>
    private IReadOnlyList<Core.Retrieval.RetrievedPassage> WithinBudget(IReadOnlyList<Core.Retrieval.RetrievedPassage> passages)
    {
        var kept = PassageBudget.Fit(passages, _options.MaxPassageTokens, out var dropped);
        if (dropped.Count > 0)
        {
            ClaudeLog.PassagesDropped(_logger, kept.Count, passages.Count, string.Join(", ", dropped), _options.MaxPassageTokens);
        }

        return kept;
    }

    public async IAsyncEnumerable<GenerationEvent> GenerateAsync(GenerationRequest request, [EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!_options.IsConfigured)
        {
            ClaudeLog.AnswerFailed(_logger, 0, ClaudeErrors.NotConfigured);
            throw new AnswerGenerationException(ClaudeErrors.NotConfigured);
        }

        request = request with { Passages = WithinBudget(request.Passages) };
        var parameters = AnswerRequestBuilder.Build(_options, request);
        var attempt = new StreamAttempt(this, parameters, request);
        ClaudeAnswerStream stream;
        try
        {
            stream = await _retry.ExecuteAsync(static (state, token) => state.OpenAsync(token), attempt, ct);
        }
        catch (Exception ex) when (!ClaudeErrors.IsCallerCancellation(ex, ct))
        {
            throw Fail(ex, answerStarted: false, attempt.Count);
        }

        await using (stream)
        {
            while (true)
            {
                GenerationEvent? next;
                try
                {
                    next = await stream.NextAsync();
                }
                catch (Exception ex) when (!ClaudeErrors.IsCallerCancellation(ex, ct))
                {
                    throw Fail(ex, answerStarted: true, attempt.Count);
                }

                if (next is null)
                {
                    yield break;
                }

                if (next is GenerationFinished finished)
                {
                    ClaudeLog.Answered(_logger, _options.Model, request.Passages.Count, finished.StopReason, stream.Mapper.Citations, finished.InputTokens, finished.OutputTokens);
                }

                yield return next;
            }
        }
    }

    public async Task<string> RewriteFollowUpAsync(string question, IReadOnlyList<ConversationTurn> history, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(history);
        if (history.Count == 0 || string.IsNullOrWhiteSpace(question))
        {
            return question; // nothing to resolve against
        }

        if (!_options.IsConfigured)
        {
            ClaudeLog.RewriteFailed(_logger, ClaudeErrors.NotConfigured);
            return question;
        }

        var parameters = FollowUpRewriteRequestBuilder.Build(_options, question, history);
        var call = new ClaudeMessageCall(_connection, _retry, _options.Timeout);
        try
        {
            var message = await call.SendAsync(parameters, ct);
            var rewritten = string.Concat(message.Content.Select(block => block.TryPickText(out var text) ? text.Text : string.Empty)).Trim();
            if (rewritten.Length == 0)
            {
                ClaudeLog.RewriteFailed(_logger, "Claude returned no text");
                return question;
            }

            return rewritten;
        }
        catch (Exception ex) when (!ClaudeErrors.IsCallerCancellation(ex, ct))
        {
            ClaudeLog.RewriteFailed(_logger, _errors.Describe(ex, answerStarted: false, call.Attempts));
            return question;
        }
    }

    public void Dispose() => _connection.Dispose();

    private AnswerGenerationException Fail(Exception ex, bool answerStarted, int attempts)
    {
        var failure = _errors.ToAnswerException(ex, answerStarted, attempts);
        ClaudeLog.AnswerFailed(_logger, attempts, failure.Message);
        return failure;
    }

    private static ClaudeOptions Validated(ClaudeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();
        return options;
    }

    /// <summary>The state of one answer across retries: each attempt opens a fresh stream with a fresh mapper.</summary>
    private sealed class StreamAttempt(ClaudeAnswerGenerator owner, MessageCreateParams parameters, GenerationRequest request)
    {
        public int Count { get; private set; }

        public async ValueTask<ClaudeAnswerStream> OpenAsync(CancellationToken ct)
        {
            Count++;
            var mapper = new ClaudeStreamMapper(request.Passages, owner._logger);
            return await ClaudeAnswerStream.OpenAsync(owner._connection.Client.Messages, parameters, mapper, owner._options.Timeout, ct);
        }
    }
}
