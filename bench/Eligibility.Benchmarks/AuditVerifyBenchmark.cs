using System.Diagnostics;
using System.Globalization;
using Eligibility.Core.Audit;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Eligibility.Benchmarks;

/// <summary>
/// <c>audit-verify [sizes…]</c>: builds keyed chains of each size (default 10,000 and 100,000 entries) in a fresh
/// data folder, then verifies each in a process of its own and reports its time and peak working set, which must
/// stay flat between the sizes (verify streams the chain).
/// </summary>
internal static class AuditVerifyBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args is ["build", var into, var count])
        {
            await BuildChainAsync(into, int.Parse(count, CultureInfo.InvariantCulture));
            return 0;
        }

        var sizes = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [10_000, 100_000];
        Console.WriteLine($"Audit verify benchmark: chains of {string.Join(", ", sizes.Select(s => s.ToString("N0", CultureInfo.InvariantCulture)))} entries, {Environment.ProcessorCount} cores");
        Console.WriteLine("| entries | build (s) | verify (s) | peak working set of the verifying process |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var size in sizes)
        {
            var folder = Directory.CreateTempSubdirectory("eligibility-audit-bench-").FullName;
            try
            {
                var build = Stopwatch.StartNew();
                await BuildChainAsync(folder, size);
                build.Stop();
                var (line, exit) = await VerifyInChildAsync(folder);
                if (exit != 0)
                {
                    Console.Error.WriteLine($"verify failed on {size} entries: {line}");
                    return 1;
                }

                var parts = line.Split(' ');
                Console.WriteLine($"| {size:N0} | {build.Elapsed.TotalSeconds:F1} | {parts[1]} | {parts[2]} MiB |");
            }
            finally
            {
                SqliteConnection.ClearAllPools();
                Directory.Delete(folder, recursive: true);
            }
        }

        return 0;
    }

    /// <summary>In the child process: verify once, then print entries, seconds and peak MiB.</summary>
    public static async Task<int> VerifyOnceAsync(string folder)
    {
        using var services = new BenchServices(folder);
        var audit = services.Services.GetRequiredService<IAuditLog>();
        var watch = Stopwatch.StartNew();
        var verification = await audit.VerifyAsync(CancellationToken.None);
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{verification.Entries} {watch.Elapsed.TotalSeconds:F2} {peak:F0} {verification.Intact} {verification.Reason}"));
        return verification.Intact ? 0 : 1;
    }

    /// <summary>
    /// A real keyed chain: the first and last entries through the audit log (so the key file and the checkpoint are
    /// the product's own), the ones between written in bulk with the same tags, as years of use would leave them.
    /// </summary>
    private static async Task BuildChainAsync(string folder, int size)
    {
        using var services = new BenchServices(folder);
        var audit = services.Services.GetRequiredService<IAuditLog>();
        var keys = services.Services.GetRequiredService<AuditKeyRing>();
        var head = await audit.AppendAsync(new AuditRecord("bench", "answer", "a-1", new { text = "first" }), CancellationToken.None);
        await using (var connection = new SqliteConnection($"Data Source={services.DatabaseFile}"))
        {
            await connection.OpenAsync();
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO audit_entries (sequence, at, actor, kind, subject, payload, previous_hash, hash, key_id) VALUES ($s, $at, $actor, $kind, $subject, $payload, $previous, $hash, $key)";
            string[] names = ["$s", "$at", "$actor", "$kind", "$subject", "$payload", "$previous", "$hash", "$key"];
            var parameters = names.Select(n => insert.Parameters.Add(n, SqliteType.Text)).ToArray();
            var at = head.At;
            for (var sequence = 2; sequence < size; sequence++)
            {
                at = at.AddMilliseconds(250);
                var payload = $"{{\"text\":\"The property limit is $130,000 for one person [1]. Answer {sequence}.\",\"passages\":[\"handbook@2026-01-01#0007\"]}}";
                head = AuditEntry.Create(keys.Current, sequence, at, "caseworker", "answer", $"a-{sequence}", payload, head.Hash);
                object[] values = [head.Sequence, head.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture), head.Actor, head.Kind, head.Subject, head.Payload, head.PreviousHash, head.Hash, head.KeyId!];
                for (var i = 0; i < values.Length; i++)
                {
                    parameters[i].Value = values[i];
                }

                await insert.ExecuteNonQueryAsync();
            }

            await transaction.CommitAsync();
        }

        await audit.AppendAsync(new AuditRecord("bench", "answer", $"a-{size}", new { text = "last" }), CancellationToken.None);
    }

    private static async Task<(string Line, int Exit)> VerifyInChildAsync(string folder)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(typeof(AuditVerifyBenchmark).Assembly.Location);
        start.ArgumentList.Add("audit-verify-once");
        start.ArgumentList.Add(folder);
        using var child = Process.Start(start)!;
        var output = await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();
        return (output.Trim().Split('\n')[^1], child.ExitCode);
    }
}
