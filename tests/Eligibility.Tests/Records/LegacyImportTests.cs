using Eligibility.Core.Manuals;
using Eligibility.Core.Retrieval;
using Eligibility.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Eligibility.Tests.Records;

/// <summary>
/// A data folder written by the build before the one database (Fixtures/legacy-data: manuals, passages and a
/// conversation in eligibility.db, determinations and the audit log in records.db) is imported on first start.
/// </summary>
public sealed class LegacyImportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Manuals_passages_and_conversations_are_imported_once_and_the_old_file_is_kept()
    {
        var folder = LegacyDataFolder.Copy();
        using (var host = TestHost.Build(folder))
        {
            var records = new OpenedRecords(host.Services);
            var versions = await records.Manuals.ListVersionsAsync(null, Ct);
            Assert.Equal(
                ["medi-cal-eligibility-handbook@2025-01-01 Published 25", "medi-cal-eligibility-handbook@2026-01-01 Staged 25", "medi-cal-notices-guide@2025-07-01 Published 9"],
                versions.Select(v => $"{v.Key} {v.Status} {v.PassageCount}"));
            foreach (var version in versions)
            {
                Assert.Equal(version.PassageCount, (await records.Manuals.GetPassagesAsync(version.Key, Ct)).Count);
                Assert.NotNull(await records.Manuals.GetSourceAsync(version.Key, Ct));
            }

            var inEffect = await records.Manuals.VersionsInEffectAsync(new DateOnly(2026, 6, 1), null, Ct);
            Assert.Equal(["medi-cal-eligibility-handbook@2025-01-01", "medi-cal-notices-guide@2025-07-01"], inEffect.Select(v => v.Key.ToString()));
            var retriever = host.Services.GetRequiredService<HybridRetriever>();
            Assert.NotEmpty(await retriever.RetrieveAsync(new RetrievalRequest("property limit", new DateOnly(2025, 6, 1)), Ct));

            var conversation = Assert.Single(await records.Conversations.ListAsync("caseworker", 10, Ct));
            var answer = Assert.Single(await records.Conversations.AnswersAsync(conversation.Id, Ct));
            Assert.Equal("medi-cal-eligibility-handbook@2025-01-01#0001", Assert.Single(answer.Citations).PassageId);
            Assert.NotNull(await records.Conversations.FindAnswerAsync(answer.Id, "caseworker", Ct));

            var imported = Assert.Single(await records.Audit.ReadAsync("eligibility.db", Ct));
            Assert.Equal("records-imported", imported.Kind);
            Assert.Contains("\"passages\":59", imported.Payload, StringComparison.Ordinal);
            Assert.Equal([ManualAudit.Published], (await records.Audit.ReadAsync("medi-cal-notices-guide@2025-07-01", Ct)).Select(e => e.Kind));
            Assert.True((await records.Audit.VerifyAsync(Ct)) is { Intact: true, Entries: 4 });
        }

        Assert.False(File.Exists(Path.Combine(folder, "eligibility.db")));
        Assert.True(File.Exists(Path.Combine(folder, "eligibility.db.imported")));

        // A second start finds nothing to import and changes nothing.
        using (var again = TestHost.Build(folder))
        {
            var records = new OpenedRecords(again.Services);
            Assert.Equal(3, (await records.Manuals.ListVersionsAsync(null, Ct)).Count);
            Assert.True((await records.Audit.VerifyAsync(Ct)) is { Intact: true, Entries: 4 });
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task The_CLI_imports_an_old_folder_and_publishes_its_staged_version()
    {
        var folder = LegacyDataFolder.Copy();
        var handbook = SampleManuals.Handbook2026;

        var add = await IngestCli.RunAsync("add", handbook.File, "--manual", handbook.ManualId, "--title", handbook.Title, "--version", handbook.Version,
            "--effective", handbook.EffectiveDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "--publish", "--data", folder);
        var verify = await IngestCli.RunAsync("verify", "--data", folder);

        Assert.True(add.ExitCode == 0, add.StdErr);
        Assert.Contains("published medi-cal-eligibility-handbook@2026-01-01", add.StdOut, StringComparison.Ordinal);
        Assert.Contains("audit log intact: 5 entries", verify.StdOut, StringComparison.Ordinal);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
