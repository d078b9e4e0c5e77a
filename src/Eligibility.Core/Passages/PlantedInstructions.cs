using System.Text.RegularExpressions;
using Eligibility.Core.Answering;

namespace Eligibility.Core.Passages;

/// <summary>
/// Sentences in a manual that speak to an assistant or a language model instead of to staff ("Ignore all previous
/// instructions…", "You are now…", "The assistant must…"). A manual is data: such a sentence is flagged at
/// ingestion, never quoted as policy, and shown flagged when its passage is opened.
/// </summary>
public static partial class PlantedInstructions
{
    [GeneratedRegex(
        @"\b(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+|the\s+)?(?:previous|prior|above|earlier|preceding|your|system|other)\s+(?:instructions?|prompts?|rules|directions|guidance)"
        + @"|\byou\s+are\s+now\b|\b(?:the|this|an?)\s+(?:AI\s+)?(?:assistant|chatbot|language\s+model|LLM|AI)\s+(?:must|should|shall|will|is\s+to|needs\s+to)\b"
        + @"|\b(?:as\s+an\s+AI|system\s+prompt|jailbreak|developer\s+mode|prompt\s+injection)\b"
        + @"|\b(?:tell|inform|assure)\s+the\s+(?:caseworker|user|worker|applicant)\s+(?:that\s+)?(?:the\s+)?(?:applicant|client|they|he|she)\s+(?:is|are)\s+(?:eligible|approved|ineligible)"
        + @"|\b(?:do\s+not|don't|never)\s+(?:cite|mention|reveal|disclose)\s+(?:this|these|the\s+source|your\s+sources|the\s+manual)"
        + @"|\bnew\s+instructions?\s*:|\b(?:respond|answer|reply)\s+only\s+with\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex Addressing();

    /// <summary>Whether the text holds a sentence addressed to an assistant or model.</summary>
    public static bool Holds(string text) => Addressing().IsMatch(text);

    /// <summary>The spans of the sentences that do.</summary>
    public static IReadOnlyList<(int Start, int End)> Sentences(string text) =>
        !Addressing().IsMatch(text) ? [] // nearly every passage: one scan, no sentence splitting
        : [.. SentenceSplitter.Split(text).Where(s => Addressing().IsMatch(text.AsSpan(s.Start, s.End - s.Start)))];

    /// <summary>What a model reads in place of such a sentence.</summary>
    public const string WithheldNotice = "[A sentence addressed to an assistant is withheld here.]";

    /// <summary>The text with every sentence addressed to an assistant replaced by <see cref="WithheldNotice"/>, as a model may read it.</summary>
    public static string Withhold(string text)
    {
        foreach (var (start, end) in Sentences(text).Reverse())
        {
            text = text[..start] + WithheldNotice + text[end..];
        }

        return text;
    }
}
