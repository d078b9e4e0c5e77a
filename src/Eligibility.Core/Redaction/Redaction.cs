namespace Eligibility.Core.Redaction;

/// <summary>Text as a model may see it, and what each placeholder in it stands for (kept with the case, never sent).</summary>
public sealed record Redaction(string Text, IReadOnlyDictionary<string, string> Placeholders);
