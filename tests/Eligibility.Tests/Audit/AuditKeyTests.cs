using Eligibility.Core.Audit;
using Eligibility.Infrastructure.Audit;
using Eligibility.Infrastructure.Records;
using Eligibility.Tests.Records;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Audit;

/// <summary>Where the audit key lives, and rotating it: entries tagged before and after a rotation all verify.</summary>
public sealed class AuditKeyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_embedded_default_creates_an_owner_only_key_file_outside_the_database()
    {
        await using var database = await RecordsTestDatabase.CreateAsync(RecordsOptions.Sqlite);
        var entry = await database.Open().Audit.AppendAsync(new AuditRecord("maria", "answer", "a1", new { }), Ct);

        var file = Path.Combine(database.DataDirectory, "audit.key");
        var key = Assert.Single(AuditKeyFile.Read(file));
        Assert.Equal(key.Id, entry.KeyId);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
        Assert.Equal(0L, Convert.ToInt64(await database.ExecuteAsync($"SELECT COUNT(*) FROM audit_entries WHERE payload LIKE '%{Convert.ToBase64String(key.Secret)[..12]}%'"), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task After_a_rotation_old_and_new_entries_verify_and_a_missing_old_key_is_named()
    {
        await using var database = await RecordsTestDatabase.CreateAsync(RecordsOptions.Sqlite);
        var before = await database.Open().Audit.AppendAsync(new AuditRecord("maria", "answer", "a1", new { }), Ct);

        var rotate = await IngestCli.RunAsync("rotate-audit-key", "--data", database.DataDirectory);
        Assert.True(rotate.ExitCode == 0, rotate.StdErr);
        var after = await database.Open().Audit.AppendAsync(new AuditRecord("maria", "answer", "a2", new { }), Ct);

        Assert.NotEqual(before.KeyId, after.KeyId);
        Assert.True((await database.Open().Audit.VerifyAsync(Ct)) is { Intact: true, Entries: 2 });

        // Dropping the old key (instead of keeping it, as rotation does) leaves its entries unverifiable, by name.
        var file = Path.Combine(database.DataDirectory, "audit.key");
        File.WriteAllLines(file, File.ReadAllLines(file).Where(l => !l.StartsWith(before.KeyId + " ", StringComparison.Ordinal)));
        var verification = await database.Open().Audit.VerifyAsync(Ct);
        Assert.False(verification.Intact);
        Assert.Contains($"audit key '{before.KeyId}', which is not configured", verification.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Configured_keys_take_precedence_and_rotate_by_adding_one()
    {
        await using var database = await RecordsTestDatabase.CreateAsync(RecordsOptions.Sqlite);
        var first = Convert.ToBase64String(AuditKey.Generate("x").Secret);
        var second = Convert.ToBase64String(AuditKey.Generate("y").Secret);
        var one = new Dictionary<string, string> { ["Audit:Keys:0:Id"] = "2026-a", ["Audit:Keys:0:Secret"] = first };
        var two = new Dictionary<string, string>(one) { ["Audit:Keys:1:Id"] = "2026-b", ["Audit:Keys:1:Secret"] = second };

        var a = await database.Open(settings: one).Audit.AppendAsync(new AuditRecord("maria", "answer", "a1", new { }), Ct);
        var b = await database.Open(settings: two).Audit.AppendAsync(new AuditRecord("maria", "answer", "a2", new { }), Ct);

        Assert.Equal(("2026-a", "2026-b"), (a.KeyId, b.KeyId));
        Assert.False(File.Exists(Path.Combine(database.DataDirectory, "audit.key")));
        Assert.True((await database.Open(settings: two).Audit.VerifyAsync(Ct)).Intact);
        Assert.False((await database.Open(settings: one).Audit.VerifyAsync(Ct)).Intact);
        var tooShort = new Dictionary<string, string> { ["Audit:Keys:0:Id"] = "weak", ["Audit:Keys:0:Secret"] = Convert.ToBase64String(new byte[8]) };
        var error = await Assert.ThrowsAnyAsync<Exception>(() => database.Open(settings: tooShort).Audit.VerifyAsync(Ct));
        Assert.Contains("at least 32 bytes", error.ToString(), StringComparison.Ordinal);
    }
}
