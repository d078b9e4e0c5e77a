using System.Globalization;

namespace Eligibility.Evals.Metrics;

/// <summary>A floor from <c>--min key=value</c>; "recall@10" is short for "retrieval.recall@10".</summary>
public sealed record Gate(string Key, double Minimum)
{
    public static Gate Parse(string text)
    {
        var parts = text.Split('=', 2);
        if (parts.Length != 2 || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var min))
        {
            throw new FormatException($"--min '{text}' must look like recall@10=0.9");
        }

        var key = parts[0].Trim();
        return new Gate(key.Contains('.', StringComparison.Ordinal) ? key : (key.StartsWith("recall@", StringComparison.Ordinal) || key is "mrr" || key.StartsWith("ndcg@", StringComparison.Ordinal) ? "retrieval." : "") + key, min);
    }

    /// <summary>Null when the run meets the floor, otherwise why not.</summary>
    public string? Check(IReadOnlyDictionary<string, double?> metrics)
    {
        if (!metrics.TryGetValue(Key, out var value))
        {
            return $"{Key}: no such metric (known: {string.Join(", ", metrics.Keys)})";
        }

        if (value is null)
        {
            return $"{Key}: not measured in this run";
        }

        var fails = EvalMetrics.LowerIsBetter(Key) ? value > Minimum : value < Minimum;
        return fails ? $"{Key} = {value:0.###} {(EvalMetrics.LowerIsBetter(Key) ? "above" : "below")} the floor {Minimum:0.###}" : null;
    }
}
