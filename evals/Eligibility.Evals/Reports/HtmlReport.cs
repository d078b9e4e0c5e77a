using System.Globalization;
using System.Text;
using Eligibility.Evals.Metrics;
using Eligibility.Evals.Running;
using static System.Net.WebUtility;

namespace Eligibility.Evals.Reports;

/// <summary>A self-contained HTML report: metrics, a recall@k curve, per-group bars, and every case with its verdicts.</summary>
public static class HtmlReport
{
    public static string Render(EvalRun run, BaselineComparison? baseline)
    {
        var html = new StringBuilder();
        var name = string.Join(" + ", run.Suites.Select(s => s.Name));
        html.Append(CultureInfo.InvariantCulture, $"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Eval report — {HtmlEncode(name)}</title>
            <style>{Styles}</style></head><body>
            <header><h1>Grounded-answer evaluation: {HtmlEncode(name)}</h1>
            <p>{run.Results.Count} cases · {HtmlEncode(run.Mode)} · started {run.StartedAt:yyyy-MM-dd HH:mm} UTC</p></header>
            """);
        html.Append("<section class=\"cards\">");
        foreach (var key in new[] { "retrieval.recall@10", "retrieval.mrr", "retrieval.ndcg@10", "abstention.accuracy", "citations.precision", "facts.recall", "latency_ms.p95" })
        {
            var delta = baseline?.Metrics.FirstOrDefault(m => m.Key == key);
            var value = run.Metrics.GetValueOrDefault(key);
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"card{(delta?.Regressed == true ? " regressed" : "")}\"><div class=\"k\">{HtmlEncode(key)}</div><div class=\"v\">{Format(value)}</div>");
            if (delta is not null)
            {
                html.Append(CultureInfo.InvariantCulture, $"<div class=\"b\">baseline {Format(delta.Before)}{(delta.Regressed ? " · regressed" : "")}</div>");
            }

            html.Append("</div>");
        }

        html.Append("</section><section class=\"charts\"><figure>");
        html.Append(SvgCharts.Line("Recall at k", EvalMetrics.RecallDepths.Select(k => ($"k={k}", run.Metrics.GetValueOrDefault($"retrieval.recall@{k}"))).ToList()));
        html.Append("<figcaption>Recall@k (answerable cases)</figcaption></figure><figure>");
        var groups = run.ByGroup.Keys.ToList();
        html.Append(SvgCharts.Bars("Per group", groups,
        [
            ("recall@10", "#1f6feb", groups.Select(g => run.ByGroup[g].GetValueOrDefault("retrieval.recall@10")).ToList()),
            ("abstention accuracy", "#2da44e", groups.Select(g => run.ByGroup[g].GetValueOrDefault("abstention.accuracy")).ToList()),
        ]));
        html.Append("<figcaption>Per group: recall@10 and abstention accuracy</figcaption></figure></section>");

        html.Append("<section><h2>All metrics</h2><table class=\"metrics\"><tr><th>metric</th><th>value</th>");
        html.Append(baseline is null ? "</tr>" : "<th>baseline</th><th></th></tr>");
        foreach (var (key, value) in run.Metrics)
        {
            var delta = baseline?.Metrics.FirstOrDefault(m => m.Key == key);
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{HtmlEncode(key)}</td><td>{Format(value)}</td>");
            html.Append(baseline is null ? "</tr>" : $"<td>{Format(delta?.Before)}</td><td>{(delta?.Regressed == true ? "<span class=\"bad\">regressed</span>" : "")}</td></tr>");
        }

        html.Append("<tr><td>judge (groundedness, relevance)</td><td colspan=\"3\">absent: no model configured</td></tr></table></section>");
        html.Append("<section><h2>Cases</h2><table class=\"cases\"><tr><th>case</th><th>question</th><th>expected</th><th>retrieved (top 3)</th><th>answer</th><th>verdict</th></tr>");
        foreach (var r in run.Results)
        {
            html.Append(Row(r, baseline?.RegressedCases.Contains(r.Case.Id) == true));
        }

        html.Append("</table></section></body></html>");
        return html.ToString();
    }

    private static string Row(CaseResult r, bool regressed)
    {
        var expected = r.Case.Answerable ? string.Join("<br>", r.Case.Sources.Select(s => HtmlEncode($"{s.Manual} § {s.Section}"))) : "<em>none (must abstain)</em>";
        var retrieved = string.Join("", r.Answer.Retrieved.Take(3).Select(p =>
            $"<div class=\"{(r.Case.Sources.Any(s => s.Matches(p.ManualId, p.SectionPath)) ? "hit" : "")}\">{HtmlEncode(p.SectionPath.Split(" > ")[^1])} <small>{HtmlEncode(p.ManualId)}@{HtmlEncode(p.Version)}, p. {p.PageStart}</small></div>"));
        var answer = r.Answer.Abstained
            ? $"<div class=\"abstain\">{HtmlEncode(r.Answer.Text)}</div>"
            : $"<div>{HtmlEncode(r.Answer.Text)}</div>" + string.Join("", r.Answer.Citations.DistinctBy(c => c.Number).Select(c => $"<div class=\"cite\">[{c.Number}] {HtmlEncode(c.SectionPath.Split(" > ")[^1])}</div>"));
        var verdicts = new List<string>
        {
            r.AbstentionCorrect ? "<span class=\"ok\">abstention ok</span>" : "<span class=\"bad\">wrong abstention</span>",
        };
        if (r.Case.Answerable)
        {
            verdicts.Add(r.FirstHit is { } hit ? $"<span class=\"{(hit <= 10 ? "ok" : "bad")}\">source at rank {hit}</span>" : "<span class=\"bad\">source not retrieved</span>");
            verdicts.Add($"facts {r.FactsFound.Count}/{r.Case.Facts.Count}");
        }

        if (regressed)
        {
            verdicts.Add("<span class=\"bad\">worse than baseline</span>");
        }

        verdicts.Add($"{r.Answer.LatencyMs:0} ms");
        var asOf = r.Case.AsOf is { } d ? $"<div class=\"asof\">as of {d:yyyy-MM-dd}</div>" : "";
        return $"<tr><td class=\"id\">{HtmlEncode(r.Case.Id)}<div class=\"group\">{HtmlEncode(r.Case.Group)}</div></td><td>{HtmlEncode(r.Case.Question)}{asOf}</td><td>{expected}</td><td>{retrieved}</td><td>{answer}</td><td>{string.Join("<br>", verdicts)}</td></tr>";
    }

    private static string Format(double? value) => value is { } v ? v.ToString("0.###", CultureInfo.InvariantCulture) : "n/a";

    private const string Styles = """
        body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:24px;color:#1f2328;background:#fff}
        h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}header p{color:#57606a;margin:0}
        .cards{display:flex;flex-wrap:wrap;gap:10px;margin:18px 0}.card{border:1px solid #d0d7de;border-radius:8px;padding:10px 14px;min-width:130px}
        .card .k{color:#57606a;font-size:12px}.card .v{font-size:24px;font-weight:600}.card .b{font-size:12px;color:#57606a}.card.regressed{border-color:#cf222e}
        .charts{display:flex;flex-wrap:wrap;gap:24px}figure{margin:0;width:520px}figcaption{color:#57606a;font-size:12px;text-align:center}
        .chart .grid{stroke:#eaeef2}.chart .axis{font-size:11px;fill:#57606a}.chart .value{font-size:11px;fill:#1f2328}
        table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #d0d7de;padding:6px 8px;text-align:left;vertical-align:top}
        th{background:#f6f8fa;font-weight:600}table.metrics{width:auto}.cases td{font-size:13px}.id{font-family:ui-monospace,monospace;font-size:12px}
        .group,.asof,small{color:#57606a;font-size:11px}.hit{color:#1a7f37;font-weight:600}.abstain{background:#fff8c5;border-left:3px solid #bf8700;padding:4px 6px}
        .cite{color:#57606a;font-size:12px}.ok{color:#1a7f37}.bad{color:#cf222e;font-weight:600}
        """;
}
