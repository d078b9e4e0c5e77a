using Anthropic.Models.Messages;
using Eligibility.Core.Answering;
using Eligibility.Core.Determinations;
using Eligibility.Infrastructure.Anthropic.Drafting.Kernel;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;
using Polly;

namespace Eligibility.Infrastructure.Anthropic.Drafting;

/// <summary>
/// <see cref="IDeterminationDrafter"/> on Claude, in two steps.
/// <list type="number">
/// <item>Preparing, as a Semantic Kernel application (<see cref="DraftingKernel"/>): Claude calls the calculator and
/// the policy lookup as kernel functions, at most <see cref="MaxCalculatorRounds"/> rounds, every call on record.</item>
/// <item>Drafting, through the Anthropic SDK directly: the passages (given and looked up) as citable search results,
/// the redacted facts and every function result, and Claude's cited draft back. This step stays on the SDK because
/// Semantic Kernel's and Microsoft.Extensions.AI's message types have no search-result content, so Claude's
/// <c>search_result_location</c> citations would be lost, and verified citations are what a draft rests on.</item>
/// </list>
/// Both steps send nothing the product's redactor has not seen. The client, retries, timeout and error messages are
/// the chat adapter's.
/// </summary>
public sealed class ClaudeDeterminationDrafter : IDeterminationDrafter, IDisposable
{
    /// <summary>How many requests of the preparing step may ask for functions before the draft is given up.</summary>
    public const int MaxCalculatorRounds = 4;

    private readonly ClaudeOptions _options;
    private readonly ILogger _logger;
    private readonly ILoggerFactory _loggers;
    private readonly ClaudeConnection _connection;
    private readonly IChatClient _claude;
    private readonly ResiliencePipeline _retry;
    private readonly ClaudeErrors _errors;

    public ClaudeDeterminationDrafter(ClaudeOptions options, ILogger<ClaudeDeterminationDrafter> logger, HttpClient? httpClient = null)
        : this(options, logger, httpClient, null)
    {
    }

    /// <summary>With <paramref name="claude"/> in place of the SDK's chat client for the preparing step (tests).</summary>
    internal ClaudeDeterminationDrafter(ClaudeOptions options, ILogger<ClaudeDeterminationDrafter> logger, HttpClient? httpClient, IChatClient? claude, ILoggerFactory? loggers = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();
        _options = options;
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _loggers = loggers ?? NullLoggerFactory.Instance;
        _connection = ClaudeConnection.Create(options, httpClient);
        _claude = claude ?? DraftingKernel.Claude(_connection.Client, options);
        _retry = ClaudeRetryPipeline.Build(options, logger);
        _errors = new ClaudeErrors(options);
    }

    public string ModelId => _options.Model;

    public async Task<DrafterOutput> DraftAsync(DraftingRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!_options.IsConfigured)
        {
            ClaudeLog.DraftFailed(_logger, 0, ClaudeErrors.NotConfigured);
            throw new AnswerGenerationException(ClaudeErrors.NotConfigured);
        }

        var preparation = await PrepareAsync(request, ct);
        var all = request.Passages.Concat((request.Lookup?.Found ?? []).Where(f => !request.Passages.Any(p => p.Passage.Id == f.Passage.Id))).ToList();
        var passages = PassageBudget.Fit(all, _options.MaxPassageTokens, out var dropped);
        if (dropped.Count > 0)
        {
            ClaudeLog.PassagesDropped(_logger, passages.Count, all.Count, string.Join(", ", dropped), _options.MaxPassageTokens);
        }

        var parameters = DraftingRequestBuilder.Build(_options, request with { Passages = passages }, preparation.Calls);
        var promptHash = DraftingRequestBuilder.PromptHash(parameters);
        var reply = await SendAsync(parameters, ct);
        var stopReason = SdkField.TryRead(() => reply.StopReason?.Raw());
        var failure = stopReason switch
        {
            "max_tokens" => $"Claude's draft was cut off at the output limit ({parameters.MaxTokens} tokens), so it was not used. Raise Claude:MaxTokens or try again.",
            "refusal" => "Claude declined to draft this determination. Draft this case by hand.",
            "tool_use" => "Claude asked for a calculation while writing the draft, after the figures were prepared, so no draft was made. Try again, or draft this case by hand.",
            _ => null,
        };
        if (failure is not null)
        {
            ClaudeLog.DraftFailed(_logger, preparation.Requests + 1, failure);
            throw new AnswerGenerationException(failure);
        }

        var output = DraftReplyParser.Parse(reply, passages, promptHash, _logger) with { FunctionCalls = preparation.Calls };
        ClaudeLog.Drafted(_logger, _options.Model, passages.Count, preparation.Requests + 1, preparation.Calls.Count, output.Steps.Count,
            output.Steps.Sum(s => s.Citations.Count),
            preparation.InputTokens + (SdkField.TryRead(() => (long?)reply.Usage.InputTokens) ?? 0),
            preparation.OutputTokens + (SdkField.TryRead(() => (long?)reply.Usage.OutputTokens) ?? 0));
        return output;
    }

    public void Dispose()
    {
        _claude.Dispose();
        _connection.Dispose();
    }

    /// <summary>The preparing step; its failures read as the chat adapter's do.</summary>
    private async Task<Preparation> PrepareAsync(DraftingRequest request, CancellationToken ct)
    {
        try
        {
            return await DraftingKernel.PrepareAsync(_claude, request, MaxCalculatorRounds, _retry, _options.Timeout, _loggers, ct);
        }
        catch (PreparationStoppedException stopped)
        {
            var message = $"Claude was still asking for calculations after {stopped.Rounds} rounds, so no draft was made. Try again, or draft this case by hand.";
            ClaudeLog.DraftFailed(_logger, stopped.Rounds + 1, message);
            throw new AnswerGenerationException(message);
        }
        catch (PreparationFailedException failed)
        {
            var failure = _errors.ToAnswerException(Unwrapped(failed.InnerException!), answerStarted: false, failed.Attempts);
            ClaudeLog.DraftFailed(_logger, failed.Attempts, failure.Message);
            throw failure;
        }
    }

    /// <summary>The SDK's own exception inside the kernel's wrapping, so the caseworker reads what went wrong.</summary>
    private static Exception Unwrapped(Exception ex)
    {
        while (ex is KernelException or AggregateException or HttpOperationException && ex.InnerException is { } inner)
        {
            ex = inner;
        }

        return ex;
    }

    /// <summary>The drafting request, retried as the chat adapter retries; failures become caseworker-readable.</summary>
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
}
