namespace Eligibility.Server.Hosting;

internal static class IndexWarmUpExtensions
{
    /// <summary>Warms the search index after start-up work (register after <c>AddSampleManuals</c>: hosted services start in order).</summary>
    public static IHostApplicationBuilder AddIndexWarmUp(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHostedService<IndexWarmer>();
        return builder;
    }
}
