using Eligibility.Core.Determinations;
using Eligibility.Core.Redaction;
using Microsoft.SemanticKernel;

namespace Eligibility.Infrastructure.Anthropic.Drafting.Kernel;

/// <summary>
/// The drafting kernel's auto-function-invocation filter: every call the model makes, with its arguments and the
/// result sent back, goes on record; every result passes through the product's redactor before the model reads
/// it; and a model still calling functions after <see cref="MaxRounds"/> requests is stopped.
/// </summary>
internal sealed class FunctionCallRecorder(KnownPeople people, int maxRounds) : IAutoFunctionInvocationFilter
{
    private readonly List<ModelFunctionCall> _calls = [];

    public int MaxRounds { get; } = maxRounds;

    /// <summary>Whether the model asked for functions past <see cref="MaxRounds"/> and was stopped.</summary>
    public bool Stopped { get; private set; }

    public IReadOnlyList<ModelFunctionCall> Calls
    {
        get
        {
            lock (_calls)
            {
                return [.. _calls];
            }
        }
    }

    public async Task OnAutoFunctionInvocationAsync(AutoFunctionInvocationContext context, Func<AutoFunctionInvocationContext, Task> next)
    {
        if (context.RequestSequenceIndex >= MaxRounds)
        {
            Stopped = true;
            context.Terminate = true;
            context.Result = new FunctionResult(context.Function, "{\"error\": \"no more function calls are allowed for this draft\"}");
            return;
        }

        await next(context);
        var result = context.Result.GetValue<object>()?.ToString() ?? "";
        var redacted = PersonalDataRedactor.Redact(result, people).Text;
        if (!string.Equals(redacted, result, StringComparison.Ordinal))
        {
            context.Result = new FunctionResult(context.Result, redacted);
        }

        lock (_calls)
        {
            _calls.Add(new ModelFunctionCall(context.Function.Name, DraftingFunctions.ArgumentsJson(context.Arguments ?? []), redacted));
        }
    }
}
