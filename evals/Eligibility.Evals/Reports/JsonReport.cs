using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Eligibility.Evals.Metrics;

namespace Eligibility.Evals.Reports;

/// <summary>The machine-readable report: metrics under their documented keys, then every case.</summary>
public static class JsonReport
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonObject Build(EvalRun run)
    {
        var root = new JsonObject
        {
            ["suite"] = string.Join("+", run.Suites.Select(s => s.Name)),
            ["suites"] = new JsonArray(run.Suites.Select(s => (JsonNode)new JsonObject { ["name"] = s.Name, ["file"] = Path.GetFileName(s.File), ["description"] = s.Description }).ToArray()),
            ["started_at"] = run.StartedAt.ToString("O"),
            ["mode"] = run.Mode,
            ["cases"] = run.Results.Count,
        };
        AddMetrics(root, run.Metrics);
        root["judge"] = null;
        root["judge_note"] = "groundedness and relevance need a model judge; none is configured, so they are absent";

        var groups = new JsonObject();
        foreach (var (group, metrics) in run.ByGroup)
        {
            var node = new JsonObject { ["cases"] = run.Results.Count(r => r.Case.Group == group) };
            AddMetrics(node, metrics);
            groups[group] = node;
        }

        root["by_group"] = groups;
        root["results"] = new JsonArray(run.Results.Select(r => (JsonNode)new JsonObject
        {
            ["id"] = r.Case.Id,
            ["group"] = r.Case.Group,
            ["question"] = r.Case.Question,
            ["as_of"] = r.Case.AsOf?.ToString("yyyy-MM-dd"),
            ["answerable"] = r.Case.Answerable,
            ["expected"] = new JsonArray(r.Case.Sources.Select(s => (JsonNode)$"{s.Manual} {s.Section}").ToArray()),
            ["first_hit"] = r.FirstHit,
            ["retrieved"] = new JsonArray(r.Answer.Retrieved.Take(10).Select(p => (JsonNode)new JsonObject
            {
                ["passage"] = p.PassageId,
                ["section"] = p.SectionPath,
                ["pages"] = p.PageStart == p.PageEnd ? $"{p.PageStart}" : $"{p.PageStart}-{p.PageEnd}",
                ["score"] = Math.Round(p.Score, 5),
                ["support"] = Math.Round(p.Support, 3),
            }).ToArray()),
            ["abstained"] = r.Answer.Abstained,
            ["abstention_correct"] = r.AbstentionCorrect,
            ["answer"] = r.Answer.Text,
            ["citations"] = new JsonArray(r.Answer.Citations.Select(c => (JsonNode)new JsonObject
            {
                ["number"] = c.Number, ["passage"] = c.PassageId, ["section"] = c.SectionPath, ["cited_text"] = c.CitedText,
            }).ToArray()),
            ["facts_found"] = new JsonArray(r.FactsFound.Select(f => (JsonNode)f).ToArray()),
            ["facts_missing"] = new JsonArray(r.Case.Facts.Except(r.FactsFound).Select(f => (JsonNode)f).ToArray()),
            ["latency_ms"] = Math.Round(r.Answer.LatencyMs, 2),
        }).ToArray());
        return root;
    }

    public static void Write(EvalRun run, string path) => File.WriteAllText(path, Build(run).ToJsonString(Options));

    /// <summary>The flat metrics ("retrieval.recall@10" → value) of a report written earlier.</summary>
    public static Dictionary<string, double?> ReadMetrics(JsonNode report)
    {
        var metrics = new Dictionary<string, double?>();
        foreach (var group in new[] { "retrieval", "abstention", "citations", "facts", "latency_ms" })
        {
            if (report[group] is JsonObject values)
            {
                foreach (var (key, value) in values)
                {
                    metrics[$"{group}.{key}"] = value?.GetValue<double?>();
                }
            }
        }

        return metrics;
    }

    private static void AddMetrics(JsonObject node, SortedDictionary<string, double?> metrics)
    {
        foreach (var group in metrics.Keys.Select(k => k.Split('.')[0]).Distinct())
        {
            var values = new JsonObject();
            foreach (var (key, value) in metrics.Where(m => m.Key.StartsWith(group + ".", StringComparison.Ordinal)))
            {
                values[key[(group.Length + 1)..]] = value is { } v ? Math.Round(v, 4) : null;
            }

            node[group] = values;
        }
    }
}
