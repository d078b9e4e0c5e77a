using Anthropic;
using Eligibility.Core.Determinations;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Polly;

namespace Eligibility.Infrastructure.Anthropic.Drafting.Kernel;

/// <summary>What the preparing step produced: the functions the model called (on record) and its notes.</summary>
internal sealed record Preparation(IReadOnlyList<ModelFunctionCall> Calls, string Notes, int Requests, long InputTokens, long OutputTokens);

/// <summary>
/// The preparing step of a draft as a Semantic Kernel application: a kernel whose chat client is Claude through the
/// Anthropic SDK's <see cref="IChatClient"/>, wrapped so that kernel functions are invoked (the SDK's client alone
/// returns the model's "let me calculate" as its answer), with the calculator and the policy lookup as a plugin,
/// a prompt-render filter and a chat-client layer that redact, and a function filter that records every call.
/// The cited draft itself is not written here: see <see cref="ClaudeDeterminationDrafter"/>.
/// </summary>
internal static class DraftingKernel
{
    /// <summary>The chat client the kernel uses: function invocation, then redaction, then retries, then <paramref name="claude"/>.</summary>
    public static IChatClient ChatClient(IChatClient claude, DraftingRequest request, ResiliencePipeline retry, TimeSpan timeout, ILoggerFactory loggers) =>
        new ChatClientBuilder(claude)
            .UseKernelFunctionInvocation(loggers)
            .Use(inner => new RedactingChatClient(inner, request.People))
            .Use(inner => new RetryingChatClient(inner, retry, timeout))
            .Build();

    public static IChatClient Claude(AnthropicClient client, ClaudeOptions options) => client.AsIChatClient(options.Model, options.MaxTokens);

    public static async Task<Preparation> PrepareAsync(IChatClient claude, DraftingRequest request, int maxRounds, ResiliencePipeline retry, TimeSpan timeout, ILoggerFactory loggers, CancellationToken ct)
    {
        var chat = ChatClient(claude, request, retry, timeout, loggers);
        var builder = Microsoft.SemanticKernel.Kernel.CreateBuilder();
        builder.Services.AddSingleton(chat);
        builder.Services.AddSingleton(loggers);
        builder.Plugins.Add(DraftingFunctions.Plugin(request));
        var kernel = builder.Build();
        var recorder = new FunctionCallRecorder(request.People, maxRounds);
        kernel.PromptRenderFilters.Add(new PromptRedactionFilter(request.People));
        kernel.AutoFunctionInvocationFilters.Add(recorder);

        var settings = new PromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() };
        var prompt = KernelFunctionFactory.CreateFromPrompt(PreparationPrompt.Template, settings, functionName: "prepare_draft");
        var arguments = new KernelArguments(settings)
        {
            ["instructions"] = PreparationPrompt.Instructions,
            ["case"] = PreparationPrompt.CaseText(request),
        };

        var retrying = chat.GetService<RetryingChatClient>()!;
        FunctionResult result;
        try
        {
            result = await kernel.InvokeAsync(prompt, arguments, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            throw new PreparationFailedException(ex, retrying.Attempts);
        }

        if (recorder.Stopped)
        {
            throw new PreparationStoppedException(maxRounds);
        }

        return new Preparation(recorder.Calls, result.ToString() ?? "", retrying.Requests, retrying.InputTokens, retrying.OutputTokens);
    }
}

/// <summary>A request of the preparing step failed; <see cref="Attempts"/> counts the requests of the failing call.</summary>
internal sealed class PreparationFailedException(Exception inner, int attempts) : Exception(inner.Message, inner)
{
    public int Attempts { get; } = attempts;
}

/// <summary>The model was still calling functions after the round limit.</summary>
internal sealed class PreparationStoppedException(int rounds) : Exception($"still calling functions after {rounds} rounds")
{
    public int Rounds { get; } = rounds;
}
