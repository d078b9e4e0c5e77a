namespace Eligibility.Server.Publishing.Gate;

/// <summary>
/// A manual's publish gate (configuration <c>Publishing:Gates:{manual id}</c>): the eval suite a staged version of it
/// must pass, and the floors (as the evals CLI's <c>--min</c> takes them: <c>recall@10=0.9</c>,
/// <c>abstention.accuracy=1</c>, <c>as-of:abstention.accuracy=1</c>).
/// </summary>
public sealed class GateSuite
{
    /// <summary>The suite file (YAML, the evals format); a relative path is taken from the content root.</summary>
    public string Suite { get; set; } = "";

    public List<string> Floors { get; set; } = [];
}
