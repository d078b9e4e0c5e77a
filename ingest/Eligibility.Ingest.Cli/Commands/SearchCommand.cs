using System.CommandLine;
using System.Globalization;
using Eligibility.Core.Retrieval;

namespace Eligibility.Ingest.Cli.Commands;

/// <summary><c>search</c>: passages for a question among the versions in effect on a date.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var question = new Argument<string>("question") { Description = "What to look for" };
        var asOf = new Option<string?>("--as-of") { Description = "Use the versions in effect on this date (YYYY-MM-DD); default today" };
        var top = new Option<int>("--top") { Description = "How many passages", DefaultValueFactory = _ => 5 };
        var manual = new Option<string[]>("--manual") { Description = "Only these manuals", AllowMultipleArgumentsPerToken = true };
        var command = new Command("search", "Search the published manuals") { question, asOf, top, manual };
        command.SetAction(async (result, ct) =>
        {
            DateOnly? date = null;
            if (result.GetValue(asOf) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    return Output.Error($"--as-of '{text}' is not a date in the form YYYY-MM-DD");
                }

                date = d;
            }

            var n = result.GetValue(top);
            if (n is < 1 or > 100)
            {
                return Output.Error("--top must be between 1 and 100");
            }

            var q = result.GetRequiredValue(question);
            if (string.IsNullOrWhiteSpace(q))
            {
                return Output.Error("the question is empty");
            }

            using var services = new CliServices(result.GetRequiredValue(CliOptions.Data));
            var hits = await services.Retriever.RetrieveAsync(new RetrievalRequest(q, date, result.GetValue(manual), n), ct);
            if (result.GetValue(CliOptions.Json))
            {
                Output.Json(hits.Select((h, i) => new
                {
                    Rank = i + 1,
                    h.Passage.Id,
                    Manual = h.Passage.ManualId,
                    h.Passage.Version,
                    Effective = h.Passage.EffectiveDate,
                    SectionPath = h.Passage.SectionPath.ToString(),
                    Section = h.Passage.SectionNumber,
                    Pages = new[] { h.Passage.PageStart, h.Passage.PageEnd },
                    Score = Math.Round(h.Score, 4),
                    h.Passage.Text,
                }));
                return 0;
            }

            if (hits.Count == 0)
            {
                Output.Line("No passages found.");
            }

            foreach (var (h, i) in hits.Select((h, i) => (h, i)))
            {
                var p = h.Passage;
                var pages = p.PageStart == p.PageEnd ? $"p. {p.PageStart}" : $"pp. {p.PageStart}-{p.PageEnd}";
                Output.Line($"{i + 1}. [{h.Score:F3}] {p.ManualId}@{p.Version} (effective {p.EffectiveDate:yyyy-MM-dd}) {p.SectionPath}, {pages}");
                Output.Line($"   {(p.Text.Length > 300 ? p.Text[..300] + "…" : p.Text).ReplaceLineEndings(" ")}");
            }

            return 0;
        });
        return command;
    }
}
