using System.Text.RegularExpressions;

namespace Eligibility.Core.Retrieval;

/// <summary>
/// The part of a caseworker's message that asks: its sentences ending in a question mark, or its last sentence
/// when none does. "A client was born in Texas. Can we accept her birth certificate?" asks about birth
/// certificates; Texas is the story. A question that only asks what to tell the client ("Mom is asking how much CalWORKs
/// cash she'd get. What do I tell her?") asks what the sentence before it tells.
/// </summary>
public static partial class QuestionSentences
{
    public static string Asking(string text)
    {
        var sentences = Sentence().Matches(text).Select(m => m.Value.Trim()).Where(s => s.Length > 0).ToList();
        var questions = sentences.Where(s => s.EndsWith('?')).ToList();
        if (questions.Count > 0 && questions.All(q => WhatToTell().IsMatch(q) || Elliptical().IsMatch(q)) && sentences.IndexOf(questions[0]) is > 0 and var first)
        {
            questions.Insert(0, sentences[first - 1]);
        }

        return questions.Count > 0 ? string.Join(' ', questions) : sentences.LastOrDefault() ?? text;
    }

    // "What do I tell her?", "What should we say to the family?", "How do I answer him?": what to tell, not what about.
    [GeneratedRegex(@"^(?:so\s+)?(?:what|how)\s+(?:do|should|can|would)\s+(?:i|we)\s+(?:tell|say\s+to|say|answer|respond\s+to)(?:\s+(?:her|him|them|the\s+(?:client|family|mom|dad|applicant|caller)))?\s*\?$", RegexOptions.IgnoreCase)]
    private static partial Regex WhatToTell();

    // "Was it?", "Can they?", "Does it?": the question is the sentence before, cut short.
    [GeneratedRegex(@"^(?:so\s+)?(?:was|is|does|did|can|could|will|would|should|do)\s+(?:it|that|they|she|he|this)\s*\?$", RegexOptions.IgnoreCase)]
    private static partial Regex Elliptical();

    [GeneratedRegex(@"[^.?!]+(?:[.?!]+(?=\s|$)|$)")]
    private static partial Regex Sentence();
}
