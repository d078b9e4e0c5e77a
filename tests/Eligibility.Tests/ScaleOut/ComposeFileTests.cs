using Eligibility.Tests.Support;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Eligibility.Tests.ScaleOut;

/// <summary>
/// docker-compose.yml, read as Compose reads it (anchors and merge keys resolved): no Docker engine runs here, so this is
/// what can be checked of the production stack short of <c>docker compose config</c> and <c>up</c>.
/// </summary>
public sealed class ComposeFileTests
{
    [Fact]
    public void The_stack_is_two_server_replicas_behind_a_sticky_proxy_on_PostgreSQL_Redis_and_Qdrant_each_with_a_health_check()
    {
        var root = SharedCorpus.RepositoryRoot();
        using var reader = new StringReader(File.ReadAllText(Path.Combine(root, "docker-compose.yml")));
        var compose = new DeserializerBuilder().Build().Deserialize<Dictionary<string, object>>(new MergingParser(new Parser(reader)));
        var services = ((Dictionary<object, object>)compose["services"]).ToDictionary(s => (string)s.Key, s => (Dictionary<object, object>)s.Value);

        var servers = services.Where(s => s.Value.ContainsKey("build")).ToList();
        Assert.True(servers.Count >= 2, $"{servers.Count} server replicas");
        foreach (var (name, server) in servers)
        {
            var environment = (Dictionary<object, object>)server["environment"];
            Assert.Equal("postgres", environment["Records__Provider"]);
            Assert.Equal("redis:6379", environment["Redis__Configuration"]);
            Assert.Equal("http://qdrant:6334", environment["Qdrant__Url"]);
            Assert.Contains("/health/ready", string.Join(' ', (List<object>)((Dictionary<object, object>)server["healthcheck"])["test"]), StringComparison.Ordinal);
            var dependsOn = (Dictionary<object, object>)server["depends_on"];
            Assert.All(new[] { "postgres", "redis", "qdrant" }, d => Assert.Equal("service_healthy", ((Dictionary<object, object>)dependsOn[d])["condition"]));
            Assert.True(servers.Count(s => s.Key == name) == 1);
        }

        Assert.All(new[] { "postgres", "redis", "qdrant" }, s => Assert.True(services[s].ContainsKey("healthcheck"), $"{s} has no health check"));
        Assert.Contains("qdrant/qdrant:", (string)services["qdrant"]["image"], StringComparison.Ordinal);
        var nginx = File.ReadAllText(Path.Combine(root, "deploy", "nginx.conf"));
        Assert.Contains("ip_hash;", nginx, StringComparison.Ordinal);
        Assert.All(servers, s => Assert.Contains($"server {s.Key}:8080", nginx, StringComparison.Ordinal));
    }
}
