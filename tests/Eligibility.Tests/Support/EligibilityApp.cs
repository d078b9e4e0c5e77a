using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Eligibility.Tests.Support;

/// <summary>The server on its embedded defaults, with a data folder of its own; one per test.</summary>
public sealed class EligibilityApp : WebApplicationFactory<Program>
{
    private readonly string _data = Directory.CreateTempSubdirectory("eligibility-app-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Data:Directory", _data);
        builder.UseSetting("SampleManuals:Manifest", SampleManuals.Manifest);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
