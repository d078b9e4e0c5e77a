using System.Text.Json;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Cli;

/// <summary>The ingest CLI end to end on the project's own sample manuals: add, list, search, diff, rollback, publish.</summary>
public sealed class IngestCliTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("eligibility-cli-").FullName;

    [Fact]
    public async Task Add_list_search_diff_rollback_and_publish_work_with_json_output()
    {
        // add stages: nothing answers until a reviewed version is published.
        var staged = await IngestCli.RunAsync("--data", _data, "add", "--manifest", SampleManuals.Manifest, "--json");
        Assert.Equal(0, staged.ExitCode);
        using (var json = JsonDocument.Parse(staged.StdOut))
        {
            Assert.All(json.RootElement.GetProperty("files").EnumerateArray(), f => Assert.Equal("staged", f.GetProperty("status").GetString()));
        }

        var unseen = await IngestCli.RunAsync("--data", _data, "search", "property limit for one person", "--as-of", "2026-03-01", "--json");
        Assert.Equal("[]", unseen.StdOut.Trim());

        var add = await IngestCli.RunAsync("--data", _data, "add", "--manifest", SampleManuals.Manifest, "--publish", "--json");
        Assert.Equal(0, add.ExitCode);
        using (var json = JsonDocument.Parse(add.StdOut))
        {
            Assert.Equal(3, json.RootElement.GetProperty("succeeded").GetInt32());
            Assert.All(json.RootElement.GetProperty("files").EnumerateArray(), f => Assert.Equal("published", f.GetProperty("status").GetString()));
        }

        var again = await IngestCli.RunAsync("--data", _data, "add", "--manifest", SampleManuals.Manifest);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("(3 unchanged)", again.StdOut, StringComparison.Ordinal);

        var search = await IngestCli.RunAsync("--data", _data, "search", "property limit for one person", "--as-of", "2026-03-01", "--json", "--top", "3");
        using (var json = JsonDocument.Parse(search.StdOut))
        {
            var first = json.RootElement[0];
            Assert.Equal("medi-cal-eligibility-handbook", first.GetProperty("manual").GetString());
            Assert.Equal("2026-01-01", first.GetProperty("version").GetString());
            Assert.Contains("4.1 Property limit", first.GetProperty("section_path").GetString(), StringComparison.Ordinal);
            Assert.True(first.GetProperty("score").GetDouble() > 0);
            Assert.Equal(2, first.GetProperty("pages").GetArrayLength());
        }

        var diff = await IngestCli.RunAsync("--data", _data, "diff", "--manual", "medi-cal-eligibility-handbook", "--from", "2025-01-01", "--to", "2026-01-01");
        Assert.Contains("1 added, 1 removed", diff.StdOut, StringComparison.Ordinal);
        Assert.Contains("+ Chapter 5 Timeliness and Notices > 5.4 Renewal reminders", diff.StdOut, StringComparison.Ordinal);

        var rollback = await IngestCli.RunAsync("--data", _data, "rollback", "--manual", "medi-cal-eligibility-handbook");
        Assert.Equal(0, rollback.ExitCode);
        Assert.Contains("withdrew medi-cal-eligibility-handbook@2026-01-01", rollback.StdOut, StringComparison.Ordinal);

        var list = await IngestCli.RunAsync("--data", _data, "list", "--json");
        using (var json = JsonDocument.Parse(list.StdOut))
        {
            Assert.Contains(json.RootElement.EnumerateArray(), v => v.GetProperty("version").GetString() == "2026-01-01" && v.GetProperty("status").GetString() == "withdrawn");
        }

        var publish = await IngestCli.RunAsync("--data", _data, "publish", "--manual", "medi-cal-eligibility-handbook", "--version", "2026-01-01");
        Assert.Equal(0, publish.ExitCode);
    }

    [Theory]
    [InlineData("search", "", "the question is empty")]
    [InlineData("search", "income", "--as-of '2026-13-01' is not a date")]
    [InlineData("publish", "--manual", "no version nobody@1")]
    public async Task Bad_arguments_get_one_clear_error_and_a_non_zero_exit(string command, string argument, string message)
    {
        string[] args = command switch
        {
            "search" when argument.Length == 0 => ["--data", _data, "search", " "],
            "search" => ["--data", _data, "search", argument, "--as-of", "2026-13-01"],
            _ => ["--data", _data, "publish", "--manual", "nobody", "--version", "1"],
        };

        var result = await IngestCli.RunAsync(args);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(message, result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StdErr, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
