using System.Globalization;

namespace Eligibility.Tests.Publishing;

/// <summary>
/// The server killed with SIGKILL at random instants while an upload's ingestion job runs: after a restart the job
/// completes (or fails with its reason), and nothing partial is ever visible. <c>./test</c> runs a few trials;
/// <c>scripts/job-crash-trials.sh N</c> runs N (ELIGIBILITY_JOB_CRASH_TRIALS) and prints each.
/// </summary>
public sealed class JobCrashTrialTests
{
    [Fact]
    public async Task A_server_killed_during_an_ingestion_job_finishes_it_after_a_restart_and_never_shows_anything_partial()
    {
        var ct = TestContext.Current.CancellationToken;
        var trials = int.TryParse(Environment.GetEnvironmentVariable("ELIGIBILITY_JOB_CRASH_TRIALS"), CultureInfo.InvariantCulture, out var n) ? n : 2;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("ELIGIBILITY_CRASH_SEED"), CultureInfo.InvariantCulture, out var s) ? s : Environment.TickCount;
        var random = new Random(seed);
        var template = await JobCrashTrial.TemplateAsync(ct);
        try
        {
            var whole = await JobCrashTrial.UninterruptedAsync(template, ct);
            var outcomes = new List<JobCrashTrial.Outcome>();
            for (var i = 0; i < trials; i++)
            {
                // Kill instants are drawn over the whole job, and a little past it.
                var outcome = await JobCrashTrial.RunAsync(template, TimeSpan.FromMilliseconds(random.NextDouble() * whole.TotalMilliseconds * 1.1), ct);
                outcomes.Add(outcome);
                TestContext.Current.TestOutputHelper?.WriteLine(
                    $"trial {i + 1}: killed after {outcome.KilledAfter.TotalMilliseconds:N0} ms at stage '{outcome.StageAtKill}'; ended {outcome.Final} on attempt {outcome.Attempts}, " +
                    $"{outcome.Recovery.TotalSeconds:N1} s after the restart began; {(outcome.Problems.Count == 0 ? "ok" : string.Join("; ", outcome.Problems))}");
            }

            TestContext.Current.TestOutputHelper?.WriteLine(
                $"job crash trials (seed {seed}): {outcomes.Count} trials over an uninterrupted job of {whole.TotalSeconds:N1} s; stages at kill: " +
                $"{string.Join(", ", outcomes.GroupBy(o => o.StageAtKill).Select(g => $"{g.Key} {g.Count()}"))}; {outcomes.Count(o => o.Final == "staged")} staged, " +
                $"{outcomes.Count(o => o.Attempts > 1)} resumed by a second attempt; slowest recovery {outcomes.Max(o => o.Recovery).TotalSeconds:N1} s; {outcomes.Count(o => o.Problems.Count > 0)} with problems");
            Assert.All(outcomes, o => Assert.True(o.Problems.Count == 0, $"killed after {o.KilledAfter.TotalMilliseconds:N0} ms: {string.Join("; ", o.Problems)}"));
        }
        finally
        {
            JobCrashTrial.Delete(template);
        }
    }
}
