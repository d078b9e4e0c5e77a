using Anthropic.Models.Messages;
using Eligibility.Core.Answering;
using Eligibility.Core.Determinations;
using Microsoft.Extensions.Logging;
using Polly;

namespace Eligibility.Infrastructure.Anthropic.Drafting;

/// <summary>
/// <see cref="IDeterminationDrafter"/> on Claude through the official Anthropic SDK: one conversation in which
/// Claude reads the passages (citable search results), the redacted facts and the computed figures, calls
/// <c>calculate_income</c> as often as it needs (at most <see cref="MaxCalculatorRounds"/> rounds), and replies
/// with a cited draft. The client, retries, timeout and error messages are the chat adapter's.
/// </summary>
public sealed class ClaudeDeterminationDrafter(ClaudeOptions options, ILogger<ClaudeDeterminationDrafter> logger, HttpClient? httpClient = null)
    : IDeterminationDrafter, IDisposable
{
    /// <summary>How many times Claude may ask for the calculator before the draft is given up.</summary>
    public const int MaxCalculatorRounds = 4;

    private readonly ClaudeOptions _options = Validated(options);
    private readonly ILogger _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    private readonly ClaudeConnection _connection = ClaudeConnection.Create(options, httpClient);
    private readonly ResiliencePipeline _retry = ClaudeRetryPipeline.Build(options, logger);
    private readonly ClaudeErrors _errors = new(options);

    public string ModelId => _options.Model;

    public async Task<DrafterOutput> DraftAsync(DraftingRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!_options.IsConfigured)
        {
            ClaudeLog.DraftFailed(_logger, 0, ClaudeErrors.NotConfigured);
            throw new AnswerGenerationException(ClaudeErrors.NotConfigured);
        }

        var parameters = DraftingRequestBuilder.Build(_options, request);
        var promptHash = DraftingRequestBuilder.PromptHash(parameters);
        var (calls, inputTokens, outputTokens) = (0, 0L, 0L);
        for (var round = 0; ; round++)
        {
            var reply = await SendAsync(parameters, ct);
            inputTokens += SdkField.TryRead(() => (long?)reply.Usage.InputTokens) ?? 0;
            outputTokens += SdkField.TryRead(() => (long?)reply.Usage.OutputTokens) ?? 0;
            var stopReason = SdkField.TryRead(() => reply.StopReason?.Raw());
            if (stopReason == "tool_use" && round < MaxCalculatorRounds)
            {
                parameters = CalculatorRound.Continue(parameters, reply, request.Calculator, out var ran);
                calls += ran;
                continue;
            }

            var failure = stopReason switch
            {
                "tool_use" => $"Claude was still asking for calculations after {MaxCalculatorRounds} rounds, so no draft was made. Try again, or draft this case by hand.",
                "max_tokens" => $"Claude's draft was cut off at the output limit ({parameters.MaxTokens} tokens), so it was not used. Raise Claude:MaxTokens or try again.",
                "refusal" => "Claude declined to draft this determination. Draft this case by hand.",
                _ => null,
            };
            if (failure is not null)
            {
                ClaudeLog.DraftFailed(_logger, round + 1, failure);
                throw new AnswerGenerationException(failure);
            }

            var output = DraftReplyParser.Parse(reply, request.Passages, promptHash, _logger);
            ClaudeLog.Drafted(_logger, _options.Model, request.Passages.Count, round + 1, calls, output.Steps.Count,
                output.Steps.Sum(s => s.Citations.Count), inputTokens, outputTokens);
            return output;
        }
    }

    public void Dispose() => _connection.Dispose();

    /// <summary>One request of the conversation, retried as the chat adapter retries; failures become caseworker-readable.</summary>
    private async Task<Message> SendAsync(MessageCreateParams parameters, CancellationToken ct)
    {
        var call = new ClaudeMessageCall(_connection, _retry, _options.Timeout);
        try
        {
            return await call.SendAsync(parameters, ct);
        }
        catch (Exception ex) when (!ClaudeErrors.IsCallerCancellation(ex, ct))
        {
            var failure = _errors.ToAnswerException(ex, answerStarted: false, call.Attempts);
            ClaudeLog.DraftFailed(_logger, call.Attempts, failure.Message);
            throw failure;
        }
    }

    private static ClaudeOptions Validated(ClaudeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();
        return options;
    }
}
