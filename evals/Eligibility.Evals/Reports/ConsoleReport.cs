using Eligibility.Evals.Metrics;
using Spectre.Console;

namespace Eligibility.Evals.Reports;

/// <summary>The run as tables on the terminal: cases, then metrics (with the baseline when given).</summary>
public static class ConsoleReport
{
    public static void Write(EvalRun run, BaselineComparison? baseline, IAnsiConsole console)
    {
        var cases = new Table().Border(TableBorder.Simple).AddColumns("case", "group", "first hit", "abstained", "verdict", "facts");
        foreach (var r in run.Results)
        {
            var verdict = !r.AbstentionCorrect ? "[red]wrong abstention[/]"
                : r.Case.Answerable && !r.HitAt(10) ? "[yellow]source missed[/]"
                : "[green]ok[/]";
            cases.AddRow(Markup.Escape(r.Case.Id), Markup.Escape(r.Case.Group), r.FirstHit?.ToString() ?? "-", r.Answer.Abstained ? "yes" : "no", verdict, $"{r.FactsFound.Count}/{r.Case.Facts.Count}");
        }

        console.Write(cases);
        var metrics = new Table().Border(TableBorder.Simple).AddColumns("metric", "value");
        if (baseline is not null)
        {
            metrics.AddColumns("baseline", "change");
        }

        foreach (var (key, value) in run.Metrics)
        {
            var cells = new List<string> { key, Format(value) };
            if (baseline?.Metrics.FirstOrDefault(m => m.Key == key) is { } delta)
            {
                cells.Add(Format(delta.Before));
                cells.Add(delta.Regressed ? "[red]regressed[/]" : "");
            }
            else if (baseline is not null)
            {
                cells.AddRange(["", ""]);
            }

            metrics.AddRow(cells.ToArray());
        }

        console.Write(metrics);
        if (baseline is { RegressedCases.Count: > 0 })
        {
            console.MarkupLine($"[red]Cases worse than the baseline:[/] {Markup.Escape(string.Join(", ", baseline.RegressedCases))}");
        }
    }

    private static string Format(double? value) => value is { } v ? v.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) : "n/a";
}
