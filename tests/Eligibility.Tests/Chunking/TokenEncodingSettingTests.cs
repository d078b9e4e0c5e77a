using Eligibility.Core.Passages;
using Eligibility.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Eligibility.Tests.Chunking;

/// <summary>The encoding passages are measured in is a setting; one that is not shipped stops the CLI with its name, not a stack trace.</summary>
public sealed class TokenEncodingSettingTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("eligibility-encoding-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public async Task Passages_are_counted_in_the_configured_encoding()
    {
        var result = await IngestCli.RunAsync(
            new Dictionary<string, string> { ["Ingestion__TokenEncoding"] = "cl100k_base" },
            "--data", _data, "add", "--manifest", SampleManuals.Manifest, "--publish");

        Assert.True(result.ExitCode == 0, result.StdErr);
        var cl100k = TokenCounter.For("cl100k_base");
        var counted = Passages().ToList();
        Assert.NotEmpty(counted);
        Assert.All(counted, p => Assert.Equal(cl100k.Count(p.Text), p.Tokens));
        Assert.Contains(counted, p => TokenCounter.Default.Count(p.Text) != p.Tokens);
    }

    [Fact]
    public async Task An_encoding_that_is_not_shipped_is_named_and_nothing_is_written()
    {
        var result = await IngestCli.RunAsync(
            new Dictionary<string, string> { ["Ingestion__TokenEncoding"] = "p50k_base" },
            "--data", _data, "add", "--manifest", SampleManuals.Manifest, "--publish");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Ingestion:TokenEncoding: token encoding 'p50k_base' is not shipped; use one of o200k_base, cl100k_base", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_data, "records.db")));
    }

    private IEnumerable<(string Text, int Tokens)> Passages()
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_data, "records.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT text, token_estimate FROM passages";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return (reader.GetString(0), reader.GetInt32(1));
        }
    }
}
