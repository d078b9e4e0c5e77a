using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Eligibility.Tests.Support;

/// <summary>The server on its embedded defaults, with a data folder of its own; one per test.</summary>
public sealed class EligibilityApp : WebApplicationFactory<Program>
{
    private readonly string _data = Directory.CreateTempSubdirectory("eligibility-app-").FullName;

    private readonly Action<IServiceCollection>? _services;
    private readonly IReadOnlyDictionary<string, string> _settings;

    public EligibilityApp(Action<IServiceCollection>? services = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        _services = services;
        _settings = settings ?? new Dictionary<string, string>();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Data:Directory", _data);
        builder.UseSetting("SampleManuals:Manifest", SampleManuals.Manifest);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_services is not null)
        {
            builder.ConfigureServices(_services);
        }
    }

    /// <summary>Starts the app on a real loopback port (for Node and browser clients) and returns its base address.</summary>
    public string StartRealServer()
    {
        UseKestrel(0);
        StartServer();
        return ClientOptions.BaseAddress.ToString().TrimEnd('/');
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
