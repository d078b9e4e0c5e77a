using Eligibility.Infrastructure.Hosting;
using Eligibility.Ingest.Pipeline;
using Eligibility.Server.Assistant;
using Eligibility.Server.Determinations;
using Eligibility.Server.Health;
using Eligibility.Server.Hosting;
using Eligibility.Server.Identity;
using Eligibility.Server.Manuals;
using Eligibility.Server.Publishing;
using Eligibility.Server.ScaleOut;
using Eligibility.Server.Security;

if (args is ["hash-password", var password])
{
    Console.WriteLine(PasswordHashing.Hash(password));
    return 0;
}

var builder = WebApplication.CreateBuilder(args);
if (SignInSetup.Refusal(builder) is { } refusal)
{
    await Console.Error.WriteLineAsync($"error: {refusal}");
    return 1;
}

builder.AddServiceDefaults();
builder.AddBrowserSecurity();
builder.AddRecords();
builder.AddRetrieval();
builder.AddAnswering();
builder.AddIngestion();
builder.AddSampleManuals();
builder.AddIndexWarmUp();
builder.AddSignIn();
builder.AddAssistant();
builder.AddDeterminations();
builder.AddPublishing();
builder.AddScaleOut();

var app = builder.Build();
app.UseDashboardPolicy();
app.UseBrowserSecurity();
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.MapOpenApi().RequireAuthorization();
app.MapHealth();
app.MapLivenessAndReadiness();
app.MapAudit();
app.MapSignIn();
app.MapAssistant();
app.MapAnswers();
app.MapManualsInEffect();
app.MapDeterminations();
app.MapPublishing();
app.Run();
return 0;

/// <summary>Entry point, visible to the host tests.</summary>
public partial class Program;
