using System.CommandLine;
using Eligibility.Core.Retrieval;
using Eligibility.Evals.Metrics;
using Eligibility.Evals.Reports;
using Eligibility.Evals.Running;
using Eligibility.Evals.Suites;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Eligibility.Evals;

/// <summary><c>run</c>: suites through the assistant, then the console table, JSON, HTML, baseline and gates.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var suites = new Argument<string[]>("suites") { Description = "Suite YAML files", Arity = ArgumentArity.OneOrMore };
        var data = new Option<string>("--data") { Description = "Data folder of the index to evaluate", DefaultValueFactory = _ => Environment.GetEnvironmentVariable("ELIGIBILITY_DATA") ?? "./data" };
        var json = new Option<string?>("--json") { Description = "Write the JSON report here" };
        var html = new Option<string?>("--html") { Description = "Write the HTML report here" };
        var baseline = new Option<string?>("--baseline") { Description = "An earlier JSON report to compare with" };
        var min = new Option<string[]>("--min") { Description = "Fail when a metric is below a floor, e.g. recall@10=0.9", AllowMultipleArgumentsPerToken = true };
        var against = new Option<string?>("--against") { Description = "Answer through a running server at this URL instead of in process" };
        var user = new Option<string>("--user") { Description = "User for --against (an evaluator)", DefaultValueFactory = _ => Environment.GetEnvironmentVariable("ELIGIBILITY_USER") ?? "evaluator" };
        var command = new Command("run", "Run grounded-answer suites (password for --against: ELIGIBILITY_PASSWORD)") { suites, data, json, html, baseline, min, against, user };
        command.SetAction(async (result, ct) =>
        {
            List<EvalSuite> loaded;
            List<Gate> gates;
            try
            {
                loaded = result.GetRequiredValue(suites).Select(SuiteLoader.Load).ToList();
                gates = (result.GetValue(min) ?? []).Select(Gate.Parse).ToList();
            }
            catch (Exception e) when (e is SuiteFormatException or FormatException)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return 2;
            }

            EvalRun run;
            if (result.GetValue(against) is { } url)
            {
                using var http = new HttpClient(new HttpClientHandler { CookieContainer = new System.Net.CookieContainer() }) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(2) };
                try
                {
                    await RemoteAnswerSource.SignInAsync(http, result.GetRequiredValue(user), Environment.GetEnvironmentVariable("ELIGIBILITY_PASSWORD") ?? "", ct);
                    run = await RunWithProgressAsync(new EvalRunner(new RemoteAnswerSource(http)), loaded, $"against {url}", ct);
                }
                catch (Exception e) when (e is InvalidOperationException or HttpRequestException)
                {
                    Console.Error.WriteLine($"error: {e.Message}");
                    return 2;
                }
            }
            else
            {
                var folder = result.GetRequiredValue(data);
                if (!EvalsHost.HasIndex(folder))
                {
                    Console.Error.WriteLine($"error: no index in '{folder}'; ingest manuals first (ingest add --manifest … --publish) or pass --data");
                    return 2;
                }

                using var host = EvalsHost.CreateBuilder(folder).Build();
                var source = host.Services.GetRequiredService<InProcessAnswerSource>();
                var dense = host.Services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>() is not NoEmbeddings;
                var mode = $"in-process, extractive (no model configured), {(dense ? "BM25 + thesaurus + dense vectors" : "BM25 + thesaurus (no embedder)")}";
                run = await RunWithProgressAsync(new EvalRunner(source), loaded, mode, ct);
            }

            BaselineComparison? comparison = null;
            if (result.GetValue(baseline) is { } file)
            {
                try
                {
                    comparison = BaselineComparison.Compare(run, file);
                }
                catch (FormatException e)
                {
                    Console.Error.WriteLine($"error: {e.Message}");
                    return 2;
                }
            }

            ConsoleReport.Write(run, comparison, AnsiConsole.Console);
            if (result.GetValue(json) is { } jsonFile)
            {
                JsonReport.Write(run, jsonFile);
            }

            if (result.GetValue(html) is { } htmlFile)
            {
                File.WriteAllText(htmlFile, HtmlReport.Render(run, comparison));
            }

            var failures = gates.Select(g => g.Check(run)).OfType<string>().ToList();
            failures.ForEach(f => Console.Error.WriteLine($"gate failed: {f}"));
            return failures.Count > 0 || comparison?.HasRegressions == true ? 1 : 0;
        });
        return command;
    }

    private static async Task<EvalRun> RunWithProgressAsync(EvalRunner runner, List<EvalSuite> suites, string mode, CancellationToken ct)
    {
        if (Console.IsOutputRedirected)
        {
            return await runner.RunAsync(suites, mode, null, ct);
        }

        EvalRun? run = null;
        await AnsiConsole.Progress().StartAsync(async context =>
        {
            var task = context.AddTask("Running cases", maxValue: suites.Sum(s => s.Cases.Count));
            run = await runner.RunAsync(suites, mode, (done, _) => task.Value = done, ct);
        });
        return run!;
    }
}
