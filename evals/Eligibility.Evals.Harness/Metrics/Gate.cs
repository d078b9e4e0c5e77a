using System.Globalization;

namespace Eligibility.Evals.Metrics;

/// <summary>
/// A floor from <c>--min key=value</c>: "recall@10" is short for "retrieval.recall@10"; "as-of:abstention.accuracy=1"
/// applies the floor to one group of cases. For latency keys the value is a ceiling.
/// </summary>
public sealed record Gate(string? Group, string Key, double Minimum)
{
    public static Gate Parse(string text)
    {
        var parts = text.Split('=', 2);
        if (parts.Length != 2 || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var min))
        {
            throw new FormatException($"--min '{text}' must look like recall@10=0.9 or as-of:abstention.accuracy=1");
        }

        var name = parts[0].Trim();
        var colon = name.LastIndexOf(':');
        var group = colon > 0 ? name[..colon] : null;
        var key = colon > 0 ? name[(colon + 1)..] : name;
        var shorthand = key.StartsWith("recall@", StringComparison.Ordinal) || key == "mrr" || key.StartsWith("ndcg@", StringComparison.Ordinal);
        return new Gate(group, shorthand ? "retrieval." + key : key, min);
    }

    /// <summary>Null when the run meets the floor, otherwise why not.</summary>
    public string? Check(EvalRun run)
    {
        var label = Group is null ? Key : $"{Group}:{Key}";
        if (Group is not null && !run.ByGroup.ContainsKey(Group))
        {
            return $"{label}: no cases in group '{Group}' (groups: {string.Join(", ", run.ByGroup.Keys)})";
        }

        return Check(Group is null ? run.Metrics : run.ByGroup[Group], label);
    }

    /// <summary>Null when the metrics meet the floor, otherwise why not.</summary>
    public string? Check(IReadOnlyDictionary<string, double?> metrics, string? label = null)
    {
        label ??= Key;
        if (!metrics.TryGetValue(Key, out var value))
        {
            return $"{label}: no such metric (known: {string.Join(", ", metrics.Keys)})";
        }

        if (value is null)
        {
            return $"{label}: not measured in this run";
        }

        var lowerIsBetter = EvalMetrics.LowerIsBetter(Key);
        var fails = lowerIsBetter ? value > Minimum : value < Minimum;
        return fails ? $"{label} = {value:0.###} {(lowerIsBetter ? "above the ceiling" : "below the floor")} {Minimum:0.###}" : null;
    }
}
