using System.Diagnostics;
using System.Globalization;
using Eligibility.Core.Answering;
using Eligibility.Core.Manuals;
using Eligibility.Core.Passages;
using Eligibility.Core.Retrieval;
using Eligibility.Infrastructure;

namespace Eligibility.Benchmarks;

/// <summary>
/// Retrieval latency at scale: a synthetic corpus of regulation-like passages (default 100,000) in the embedded
/// index, then plain-language questions through the same retriever and extractive answerer the server uses.
/// </summary>
internal static class RetrievalBenchmark
{
    private static readonly string[] Questions =
    [
        "How long can the state take to decide a Medicaid application based on disability?",
        "Can our office make people applying for MAGI-based Medicaid come in to be interviewed?",
        "When we reduce someone's benefits, how far ahead does the notice have to go out?",
        "Does a client who missed her fair hearing get the request dismissed?",
        "Can we charge a copay for a toddler's routine checkup and shots?",
        "What is the income limit for the adult expansion group?",
        "Do weekends count when measuring how long a CHIP application took?",
        "Is a former foster youth eligible until age 26?",
        "What documents prove citizenship for someone on SSDI?",
        "Does the baby of a mother on Medicaid need his own application?",
        "What matching rate does the state get for newly eligible adults?",
        "Can a hospital keep making presumptive eligibility decisions?",
        "Which groups must a medically needy program include?",
        "How fast must a new notice be posted to the client's online account?",
        "Will Medicaid pay for an emergency room visit in another state?",
        "Does the mother have to cooperate with medical support if it is dangerous?",

        // a story before the question, as caseworkers often write
        "My client moved in with her sister last month and her hours at work went up. Does she have to report the change right away?",
        "A dad's kids lost their coverage when he changed jobs. Can they get CHIP without waiting?",
        "She missed her hearing because the bus never came. Can she get it rescheduled?",
        "Mom is on Medicaid and her baby was born last week at the county hospital. Does the baby need his own application?",
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var passages = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var queries = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 400;
        var folder = Directory.CreateTempSubdirectory("eligibility-retrieval-bench-");
        try
        {
            Console.WriteLine($"Retrieval benchmark: {passages:N0} synthetic passages, {queries} questions, {Environment.ProcessorCount} cores");
            using var embedded = new BenchServices(folder.FullName);
            var build = Stopwatch.StartNew();
            await SyntheticCorpus.WriteAsync(embedded, passages);
            Console.WriteLine($"built the index in {build.Elapsed.TotalSeconds:F1} s ({new FileInfo(embedded.DatabaseFile).Length / (1024 * 1024)} MiB)");

            var retriever = embedded.Retriever;
            var answerer = new ExtractiveAnswerer(new AnsweringOptions());
            var cold = Stopwatch.StartNew();
            await retriever.SearchAsync(new RetrievalRequest(Questions[0], new DateOnly(2026, 1, 1), null, 20), CancellationToken.None);
            Console.WriteLine($"first question, which builds the in-memory BM25 index: {cold.Elapsed.TotalSeconds:F1} s");
            for (var i = 0; i < 20; i++)
            {
                answerer.Answer(await retriever.SearchAsync(new RetrievalRequest(Questions[i % Questions.Length], new DateOnly(2026, 1, 1), null, 20), CancellationToken.None));
            }

            if (Environment.GetEnvironmentVariable("PROBE") == "1")
            {
                var scope = (await embedded.Store.VersionsInEffectAsync(new DateOnly(2026, 1, 1), null, CancellationToken.None)).Select(v => v.Key).ToList();
                var plan = QueryPlan.For(Questions[0], Thesaurus.Default);
                var w = Stopwatch.StartNew();
                var stats = await embedded.Index.GetTermStatisticsAsync([.. plan.Terms, .. plan.Concepts.SelectMany(c => c.Alternatives)], scope, CancellationToken.None);
                Console.WriteLine($"stats {w.ElapsedMilliseconds} ms"); w.Restart();
                var lex = await embedded.Index.SearchLexicalAsync(plan.Primary, scope, 50, CancellationToken.None);
                Console.WriteLine($"lexical {w.ElapsedMilliseconds} ms ({plan.Primary.Terms.Count} terms)"); w.Restart();
                var exp = await embedded.Index.SearchLexicalAsync(plan.Expanded, scope, 50, CancellationToken.None);
                Console.WriteLine($"expanded {w.ElapsedMilliseconds} ms ({plan.Expanded.Terms.Count} terms)"); w.Restart();
                var ps = await embedded.Store.GetPassagesAsync(lex.Select(h => h.PassageId).ToList(), CancellationToken.None);
                Console.WriteLine($"fetch {w.ElapsedMilliseconds} ms"); w.Restart();
                foreach (var p in ps) { SupportScorer.Support(plan, SupportScorer.StemsOf(p.ContextHeader + " " + p.Text), stats); }
                Console.WriteLine($"support {w.ElapsedMilliseconds} ms"); w.Restart();
            }

            var latencies = new List<double>(queries);
            for (var i = 0; i < queries; i++)
            {
                var watch = Stopwatch.StartNew();
                var result = await retriever.SearchAsync(new RetrievalRequest(Questions[i % Questions.Length], new DateOnly(2026, 1, 1), null, 20), CancellationToken.None);
                answerer.Answer(result);
                latencies.Add(watch.Elapsed.TotalMilliseconds);
            }

            latencies.Sort();
            Console.WriteLine();
            Console.WriteLine("| measure | value |");
            Console.WriteLine("|---|---|");
            Console.WriteLine($"| passages | {passages:N0} |");
            Console.WriteLine($"| retrieval + extractive answer, p50 | {latencies[latencies.Count / 2]:F1} ms |");
            Console.WriteLine($"| retrieval + extractive answer, p95 | {latencies[(int)Math.Ceiling(latencies.Count * 0.95) - 1]:F1} ms |");
            Console.WriteLine($"| max | {latencies[^1]:F1} ms |");
            Console.WriteLine($"| peak working set | {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB |");
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }
}
