using System.Diagnostics;
using Eligibility.Core.Answering;
using Eligibility.Core.Retrieval;
using Eligibility.Infrastructure;

namespace Eligibility.Benchmarks;

/// <summary>Times each stage of answering one question against an existing data folder (for profiling).</summary>
internal static class StageProbe
{
    public static async Task<int> RunAsync(string[] args)
    {
        using var embedded = new BenchServices(Path.GetFullPath(args[0]));
        var question = args.Length > 1 ? args[1] : "How long can the state take to decide a Medicaid application that's based on disability?";
        var retriever = embedded.Retriever;
        var answerer = new ExtractiveAnswerer(new AnsweringOptions());
        for (var i = 0; i < 5; i++)
        {
            var w = Stopwatch.StartNew();
            var plan = QueryPlan.For(question, Thesaurus.Default);
            var tPlan = w.Elapsed.TotalMilliseconds;
            var scope = (await embedded.Store.VersionsInEffectAsync(new DateOnly(2026, 1, 1), null, CancellationToken.None)).Select(v => v.Key).ToList();
            var tScope = w.Elapsed.TotalMilliseconds;
            var stats = await embedded.Index.GetTermStatisticsAsync([.. plan.Terms, .. plan.Concepts.SelectMany(c => c.Alternatives)], scope, CancellationToken.None);
            var tStats = w.Elapsed.TotalMilliseconds;
            var lex = await embedded.Index.SearchLexicalAsync(plan.Primary, scope, 50, CancellationToken.None);
            var exp = await embedded.Index.SearchLexicalAsync(plan.Expanded, scope, 50, CancellationToken.None);
            var tLex = w.Elapsed.TotalMilliseconds;
            var passages = await embedded.Store.GetPassagesAsync(lex.Concat(exp).Select(h => h.PassageId).Distinct().ToList(), CancellationToken.None);
            var tFetch = w.Elapsed.TotalMilliseconds;
            foreach (var p in passages)
            {
                SupportScorer.Support(plan, SupportScorer.StemsOf(p.ContextHeader + " " + p.Text), stats);
            }

            var tSupport = w.Elapsed.TotalMilliseconds;
            var result = await retriever.SearchAsync(new RetrievalRequest(question, new DateOnly(2026, 1, 1), null, 20), CancellationToken.None);
            var tAll = w.Elapsed.TotalMilliseconds;
            answerer.Answer(result);
            var tAnswer = w.Elapsed.TotalMilliseconds;
            if (args.Length > 2 && i == 0)
            {
                Console.WriteLine($"terms: {string.Join(", ", plan.Terms)} | expansions: {string.Join(", ", plan.Expansions)}");
                Console.WriteLine($"lexical rank {lex.ToList().FindIndex(h => h.PassageId == args[2])}, expanded rank {exp.ToList().FindIndex(h => h.PassageId == args[2])}, final rank {result.Passages.ToList().FindIndex(p => p.Passage.Id == args[2])}");
                foreach (var p in result.Passages.Take(5))
                {
                    Console.WriteLine($"  {p.Score:F3} support {p.Support:F2} lex {p.LexicalRank} {p.Passage.SectionPath.Leaf}");
                }
            }
            Console.WriteLine($"plan {tPlan:F1} scope {tScope - tPlan:F1} stats {tStats - tScope:F1} lexical {tLex - tStats:F1} fetch {tFetch - tLex:F1} ({passages.Count}) support {tSupport - tFetch:F1} | whole retrieve {tAll - tSupport:F1} answer {tAnswer - tAll:F1}");
        }

        return 0;
    }
}
