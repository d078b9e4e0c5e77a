using System.Globalization;

namespace Eligibility.Tests.Crash;

/// <summary>
/// <c>ingest add --publish</c> killed with SIGKILL at random instants, some during start-up migration (a folder in
/// the old layout migrates and imports first): the next command starts within 10 s, no version is published
/// without its audit entry, and the version in effect keeps every passage. <c>./test</c> runs a few trials;
/// <c>scripts/crash-trials.sh N</c> runs N (ELIGIBILITY_CRASH_TRIALS) and prints each.
/// </summary>
public sealed class CrashTrialTests
{
    [Fact]
    public async Task Ingestion_killed_at_random_instants_leaves_nothing_half_written()
    {
        var ct = TestContext.Current.CancellationToken;
        var trials = int.TryParse(Environment.GetEnvironmentVariable("ELIGIBILITY_CRASH_TRIALS"), CultureInfo.InvariantCulture, out var n) ? n : 4;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("ELIGIBILITY_CRASH_SEED"), CultureInfo.InvariantCulture, out var s) ? s : Environment.TickCount;
        var random = new Random(seed);
        var migrated = await CrashTrial.MigratedTemplateAsync();
        var legacy = CrashTrial.LegacyTemplate();

        // Kill instants are drawn over the whole run of an uninterrupted add on each kind of folder.
        var span = new Dictionary<string, TimeSpan>();
        foreach (var template in new[] { migrated, legacy })
        {
            var whole = await CrashTrial.RunAsync(template, TimeSpan.FromMinutes(2), ct);
            Assert.True(whole.ExitedBeforeKill && whole.Published && whole.Problems.Count == 0, $"an uninterrupted add did not publish: {whole}");
            span[template] = whole.Ran;
        }

        var outcomes = new List<CrashTrial.Outcome>();
        for (var i = 0; i < trials; i++)
        {
            var template = i % 2 == 0 ? legacy : migrated;
            var killAfter = TimeSpan.FromMilliseconds(random.NextDouble() * span[template].TotalMilliseconds);
            var outcome = await CrashTrial.RunAsync(template, killAfter, ct);
            outcomes.Add(outcome);
            TestContext.Current.TestOutputHelper?.WriteLine(
                $"trial {i + 1}: {outcome.Template} killed after {outcome.KilledAfter.TotalMilliseconds:N0} ms{(outcome.ExitedBeforeKill ? " (had finished)" : "")}" +
                $"{(outcome.InterruptedStartup ? " during start-up" : "")}; published 2026: {outcome.Published}; next start {outcome.NextStart.TotalSeconds:N1} s; " +
                $"{(outcome.Problems.Count == 0 ? "ok" : string.Join("; ", outcome.Problems))}");
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"crash trials (seed {seed}): {outcomes.Count} trials, {outcomes.Count(o => !o.ExitedBeforeKill)} killed mid-run ({outcomes.Count(o => o.ExitedBeforeKill)} had finished first), " +
            $"{outcomes.Count(o => o.InterruptedStartup)} during start-up migration or import, " +
            $"{outcomes.Count(o => o.Published)} ended published, slowest next start {outcomes.Max(o => o.NextStart).TotalSeconds:N1} s, {outcomes.Count(o => o.Problems.Count > 0)} with problems");
        Assert.All(outcomes, o => Assert.True(o.Problems.Count == 0, $"{o.Template} killed after {o.KilledAfter.TotalMilliseconds:N0} ms: {string.Join("; ", o.Problems)}"));
    }
}
