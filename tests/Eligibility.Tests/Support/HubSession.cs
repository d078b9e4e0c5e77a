using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Eligibility.Tests.Support;

/// <summary>
/// The assistant hub through the .NET SignalR client (Microsoft.AspNetCore.SignalR.Client), for hub tests where the
/// browser's client is not the point. Results are read as JSON, as a client that does not share the server's types would.
/// </summary>
internal sealed class HubSession : IAsyncDisposable
{
    private HubSession(HubConnection connection) => Connection = connection;

    public HubConnection Connection { get; }

    /// <summary>Connects with the session cookie (none: anonymous) over <paramref name="transport"/>.</summary>
    public static async Task<HubSession> ConnectAsync(string baseUrl, string? cookie, CancellationToken ct, HttpTransportType transport = HttpTransportType.WebSockets, string hub = "/hubs/assistant")
    {
        var connection = new HubConnectionBuilder()
            .WithUrl($"{baseUrl}{hub}", transport, options =>
            {
                if (cookie is not null)
                {
                    options.Headers["Cookie"] = cookie;
                }
            })
            .Build();
        try
        {
            await connection.StartAsync(ct);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        return new HubSession(connection);
    }

    /// <summary>Every item a server-to-client stream sends, until it completes.</summary>
    public async Task<List<JsonElement>> StreamAsync(string method, object? argument, CancellationToken ct)
    {
        var items = new List<JsonElement>();
        await foreach (var item in Connection.StreamAsync<JsonElement>(method, argument, ct))
        {
            items.Add(item);
        }

        return items;
    }

    /// <summary>Invokes a hub method with <paramref name="arguments"/> (none for a method that takes none).</summary>
    public Task<JsonElement> InvokeAsync(string method, CancellationToken ct, params object?[] arguments) => Connection.InvokeCoreAsync<JsonElement>(method, arguments, ct);

    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}
