using System.CommandLine;
using System.Globalization;
using Eligibility.Core.Answering;
using Eligibility.Core.Audit;
using Eligibility.Core.Manuals;
using Eligibility.Core.Publishing;
using Eligibility.Core.Retrieval;
using Eligibility.Evals.Gating;
using Eligibility.Evals.Suites;
using Microsoft.Extensions.AI;

namespace Eligibility.Ingest.Cli.Commands;

/// <summary>
/// <c>gate --manual … --version … --suite FILE --min KEY=VALUE …</c>: runs an eval suite against a staged version (as if
/// it were published) and against the versions in effect now, holds it to the floors, prints both sets of metrics and
/// records the run, as the server's gate does. It exits 0 when the version passes and 2 when it does not; a failed
/// run blocks <c>publish</c> unless it is given <c>--override REASON</c>.
/// </summary>
internal static class GateCommand
{
    public static Command Create()
    {
        var manual = new Option<string>("--manual") { Description = "Manual id", Required = true };
        var version = new Option<string>("--version") { Description = "Version to gate", Required = true };
        var suite = new Option<string>("--suite") { Description = "Eval suite file (YAML)", Required = true };
        var floors = new Option<string[]>("--min") { Description = "A floor, e.g. recall@10=0.9 (repeatable)", AllowMultipleArgumentsPerToken = false, Required = true };
        var command = new Command("gate", "Run a publish gate: an eval suite against a staged version, held to floors") { manual, version, suite, floors };
        command.SetAction(async (result, ct) =>
        {
            using var services = new CliServices(result.GetRequiredValue(CliOptions.Data));
            var key = new ManualVersionKey(result.GetRequiredValue(manual), result.GetRequiredValue(version));
            var found = await services.Store.FindVersionAsync(key, ct) ?? throw new CliError($"no version {key}; run 'list --manual {key.ManualId}' to see its versions");
            var path = Path.GetFullPath(result.GetRequiredValue(suite));
            var minimums = result.GetRequiredValue(floors);
            EvalSuite loaded;
            try
            {
                loaded = SuiteLoader.Load(path);
                _ = minimums.Select(Evals.Metrics.Gate.Parse).ToList();
            }
            catch (Exception e) when (e is SuiteFormatException or FormatException)
            {
                throw new CliError(e.Message);
            }

            var actor = Environment.UserName;
            var runs = services.Get<IGateRunStore>();
            var run = GateRun.Requested(key, path, minimums, actor, DateTimeOffset.UtcNow);
            await runs.AddAsync(run, run.RequestRecord, ct);
            var outcome = await GateEvaluation.RunAsync(services.Store, found, loaded, minimums,
                catalogue => new HybridRetriever(catalogue, services.Get<IPassageIndex>(), TimeProvider.System, services.Get<IEmbeddingGenerator<string, Embedding<float>>>(), services.Get<RetrievalOptions>()),
                new ExtractiveAnswerer(new AnsweringOptions()), ct);
            var finished = run.Finished(outcome.Staged.Metrics, outcome.Active.Metrics, outcome.Failures, DateTimeOffset.UtcNow);
            await runs.FinishAsync(finished, finished.OutcomeRecord, ct);
            if (result.GetValue(CliOptions.Json))
            {
                Output.Json(finished);
            }
            else
            {
                Output.Line($"{key}: gate {(outcome.Passed ? "passed" : "failed")} ({loaded.Cases.Count} cases from {Path.GetFileName(path)})");
                Output.Line($"  {"metric",-24} {"this version",12} {"in effect now",14}");
                foreach (var (metric, value) in finished.Staged.Where(m => !m.Key.StartsWith("latency", StringComparison.Ordinal)))
                {
                    Output.Line($"  {metric,-24} {Format(value),12} {Format(finished.Active.GetValueOrDefault(metric)),14}");
                }

                foreach (var failure in finished.Failures)
                {
                    Output.Line($"  below floor: {failure}");
                }
            }

            return outcome.Passed ? 0 : 2;
        });
        return command;
    }

    private static string Format(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "-";
}
