using Eligibility.Core.Answering;
using Eligibility.Core.Determinations;
using Eligibility.Infrastructure.Anthropic;
using Eligibility.Infrastructure.Anthropic.Drafting;

namespace Eligibility.Server.Assistant;

internal static class ClaudeExtensions
{
    /// <summary>
    /// Claude answers when <c>Claude:ApiKey</c> is configured (configuration, user-secrets or <c>Claude__ApiKey</c>);
    /// otherwise the assistant stays extractive and determination drafts leave the outcome to the caseworker.
    /// </summary>
    public static IHostApplicationBuilder AddClaude(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(ClaudeOptions.SectionName).Get<ClaudeOptions>() ?? new ClaudeOptions();
        if (options.IsConfigured)
        {
            builder.Services.AddSingleton<IAnswerGenerator>(sp => new ClaudeAnswerGenerator(options, sp.GetRequiredService<ILogger<ClaudeAnswerGenerator>>()));
            builder.Services.AddSingleton<IDeterminationDrafter>(sp => new ClaudeDeterminationDrafter(options, sp.GetRequiredService<ILogger<ClaudeDeterminationDrafter>>()));
        }

        return builder;
    }
}
