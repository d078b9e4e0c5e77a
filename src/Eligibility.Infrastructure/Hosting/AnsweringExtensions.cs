using Eligibility.Core.Answering;
using Eligibility.Core.Determinations;
using Eligibility.Infrastructure.Anthropic;
using Eligibility.Infrastructure.Anthropic.Drafting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Eligibility.Infrastructure.Hosting;

public static class AnsweringExtensions
{
    /// <summary>
    /// Answering and drafting: Claude when <c>Claude:ApiKey</c> is configured (configuration, user-secrets or
    /// <c>Claude__ApiKey</c>); otherwise <see cref="NoAnswerGenerator"/> and <see cref="NoDeterminationDrafter"/>, so
    /// answers are extractive and drafts leave the outcome to the caseworker.
    /// </summary>
    public static IHostApplicationBuilder AddAnswering(this IHostApplicationBuilder builder)
    {
        var claude = builder.Configuration.GetSection(ClaudeOptions.SectionName).Get<ClaudeOptions>() ?? new ClaudeOptions();
        if (claude.IsConfigured)
        {
            builder.Services.AddSingleton<IAnswerGenerator>(sp => new ClaudeAnswerGenerator(claude, sp.GetRequiredService<ILogger<ClaudeAnswerGenerator>>()));
            builder.Services.AddSingleton<IDeterminationDrafter>(sp => new ClaudeDeterminationDrafter(claude, sp.GetRequiredService<ILogger<ClaudeDeterminationDrafter>>()));
        }
        else
        {
            builder.Services.AddSingleton<IAnswerGenerator>(NoAnswerGenerator.Instance);
            builder.Services.AddSingleton<IDeterminationDrafter>(NoDeterminationDrafter.Instance);
        }

        builder.Services.AddSingleton(builder.Configuration.GetSection(AnsweringOptions.SectionName).Get<AnsweringOptions>() ?? new AnsweringOptions());
        builder.Services.AddSingleton<ExtractiveAnswerer>();
        builder.Services.AddSingleton<AssistantService>();
        builder.Services.AddSingleton(CaseFiguresCalculator.Default);
        builder.Services.AddSingleton<DeterminationDrafting>();
        return builder;
    }
}
