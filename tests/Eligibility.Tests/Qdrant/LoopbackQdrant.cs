using System.Collections.Concurrent;
using System.Net;
using Google.Protobuf;
using Grpc.AspNetCore.Server.Model;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Qdrant.Client.Grpc;

namespace Eligibility.Tests.Qdrant;

/// <summary>One call as the loopback Qdrant received it: the gRPC method, the decoded request and the request metadata.</summary>
internal sealed record QdrantCall(string Method, IMessage Request, Metadata Headers)
{
    public string? Header(string name) => Headers.GetValue(name);
}

/// <summary>
/// A loopback gRPC server (HTTP/2 without TLS on 127.0.0.1) speaking the part of Qdrant's Collections, Points and Qdrant
/// services the adapter uses. Its methods are built from the message types, parsers and service descriptors Qdrant.Client
/// ships (no .proto is copied), so a request the real server would not decode cannot reach it. It keeps real state
/// (<see cref="InMemoryQdrant"/>), records every call, and <see cref="FailNext"/> makes the next calls fail with a status.
/// </summary>
internal sealed class LoopbackQdrant : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<QdrantCall> _calls = new();
    private readonly ConcurrentQueue<StatusCode> _failures = new();
    private bool _disposed;

    private LoopbackQdrant()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        builder.Services.AddSingleton(this);
        builder.Services.AddSingleton<IServiceMethodProvider<LoopbackQdrant>, QdrantMethods>();
        _app = builder.Build();
        _app.MapGrpcService<LoopbackQdrant>();
    }

    /// <summary>The gRPC endpoint, e.g. http://127.0.0.1:41234.</summary>
    public string Url { get; private set; } = "";

    public InMemoryQdrant State { get; } = new();

    public IReadOnlyList<QdrantCall> Calls => [.. _calls];

    /// <summary>The requests of one kind, in the order they arrived.</summary>
    public IReadOnlyList<T> Requests<T>()
        where T : IMessage => [.. _calls.Select(c => c.Request).OfType<T>()];

    public static async Task<LoopbackQdrant> StartAsync()
    {
        var server = new LoopbackQdrant();
        await server._app.StartAsync();
        server.Url = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal);
        return server;
    }

    public void FailNext(StatusCode status, int times)
    {
        for (var i = 0; i < times; i++)
        {
            _failures.Enqueue(status);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_disposed)
        {
            _disposed = true;
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    internal TResponse Handle<TRequest, TResponse>(string method, TRequest request, ServerCallContext context, Func<TRequest, TResponse> handler)
        where TRequest : IMessage
    {
        _calls.Enqueue(new QdrantCall(method, request, context.RequestHeaders));
        if (_failures.TryDequeue(out var status))
        {
            throw new RpcException(new Status(status, "scripted failure"));
        }

        return State.Run(() => handler(request));
    }

    /// <summary>Registers each handled method under the service and method names of Qdrant.Client's own descriptors.</summary>
    private sealed class QdrantMethods : IServiceMethodProvider<LoopbackQdrant>
    {
        public void OnServiceMethodDiscovery(ServiceMethodProviderContext<LoopbackQdrant> context)
        {
            var collections = Collections.Descriptor;
            var points = Points.Descriptor;
            var qdrant = global::Qdrant.Client.Grpc.Qdrant.Descriptor;
            Add(context, collections, "CollectionExists", CollectionExistsRequest.Parser, (s, r) => s.CollectionExists(r));
            Add(context, collections, "Create", CreateCollection.Parser, (s, r) => s.Create(r));
            Add(context, collections, "Get", GetCollectionInfoRequest.Parser, (s, r) => s.Get(r));
            Add(context, collections, "Delete", DeleteCollection.Parser, (s, r) => s.DeleteCollection(r));
            Add(context, points, "CreateFieldIndex", CreateFieldIndexCollection.Parser, (s, r) => s.CreateFieldIndex(r));
            Add(context, points, "Upsert", UpsertPoints.Parser, (s, r) => s.Upsert(r));
            Add(context, points, "Delete", DeletePoints.Parser, (s, r) => s.Delete(r));
            Add(context, points, "Get", GetPoints.Parser, (s, r) => s.Get(r));
            Add(context, points, "Count", CountPoints.Parser, (s, r) => s.Count(r));
            Add(context, points, "Query", QueryPoints.Parser, (s, r) => s.RunQuery(r));
            Add(context, qdrant, "HealthCheck", HealthCheckRequest.Parser, (_, _) => new HealthCheckReply { Title = "qdrant (loopback)", Version = "1.20.0" });
        }

        private static void Add<TRequest, TResponse>(
            ServiceMethodProviderContext<LoopbackQdrant> context, Google.Protobuf.Reflection.ServiceDescriptor service, string name,
            MessageParser<TRequest> requestParser, Func<InMemoryQdrant, TRequest, TResponse> handler)
            where TRequest : class, IMessage<TRequest>
            where TResponse : class, IMessage<TResponse>, new()
        {
            var descriptor = service.FindMethodByName(name) ?? throw new InvalidOperationException($"{service.FullName} has no method {name}");
            if (descriptor.InputType.FullName != requestParser.ParseFrom(ByteString.Empty).Descriptor.FullName || descriptor.OutputType.FullName != new TResponse().Descriptor.FullName)
            {
                throw new InvalidOperationException($"{service.FullName}/{name} takes {descriptor.InputType.FullName} and returns {descriptor.OutputType.FullName}");
            }

            var responseParser = new MessageParser<TResponse>(() => new TResponse());
            var method = new Method<TRequest, TResponse>(
                MethodType.Unary, service.FullName, name,
                Marshallers.Create(m => m.ToByteArray(), requestParser.ParseFrom),
                Marshallers.Create(m => m.ToByteArray(), responseParser.ParseFrom));
            var path = $"{service.FullName}/{name}";
            context.AddUnaryMethod(method, [], (server, request, call) => Task.FromResult(server.Handle(path, request, call, r => handler(server.State, r))));
        }
    }
}
