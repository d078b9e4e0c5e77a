namespace Eligibility.Server.Manuals;

internal static class SampleManualsExtensions
{
    public static IHostApplicationBuilder AddSampleManuals(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SampleManualsOptions>().BindConfiguration("SampleManuals");
        builder.Services.AddHostedService<SampleManualsSeeder>();
        return builder;
    }
}
