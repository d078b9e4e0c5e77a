using Eligibility.Core.Redaction;
using Microsoft.SemanticKernel;

namespace Eligibility.Infrastructure.Anthropic.Drafting.Kernel;

/// <summary>
/// The drafting kernel's prompt-render filter: the rendered prompt passes through the product's redactor, with the
/// case's people known, before any request is made from it.
/// </summary>
internal sealed class PromptRedactionFilter(KnownPeople people) : IPromptRenderFilter
{
    public async Task OnPromptRenderAsync(PromptRenderContext context, Func<PromptRenderContext, Task> next)
    {
        await next(context);
        if (context.RenderedPrompt is { } prompt)
        {
            context.RenderedPrompt = PersonalDataRedactor.Redact(prompt, people).Text;
        }
    }
}
