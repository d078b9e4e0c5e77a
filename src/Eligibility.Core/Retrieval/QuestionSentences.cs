using System.Text.RegularExpressions;

namespace Eligibility.Core.Retrieval;

/// <summary>
/// The part of a caseworker's message that asks: its sentences ending in a question mark, or its last sentence
/// when none does. "A client was born in Texas. Can we accept her birth certificate?" asks about birth
/// certificates; Texas is the story.
/// </summary>
public static partial class QuestionSentences
{
    public static string Asking(string text)
    {
        var sentences = Sentence().Matches(text).Select(m => m.Value.Trim()).Where(s => s.Length > 0).ToList();
        var questions = sentences.Where(s => s.EndsWith('?')).ToList();
        return questions.Count > 0 ? string.Join(' ', questions) : sentences.LastOrDefault() ?? text;
    }

    [GeneratedRegex(@"[^.?!]+(?:[.?!]+(?=\s|$)|$)")]
    private static partial Regex Sentence();
}
