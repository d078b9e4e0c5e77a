using System.Text.RegularExpressions;

namespace Eligibility.Core.Retrieval;

/// <summary>
/// Terms of art from the programs and processes next to Medicaid eligibility ("special enrollment period", "reverse
/// mortgage", "unwinding"), from <c>terms-of-art.txt</c>. Like a program's name, a term of art the question asks
/// about must be mentioned by the passages that would answer it: passages on the neighbouring Medicaid rule
/// share its vocabulary but do not answer it.
/// </summary>
public sealed partial class TermsOfArt
{
    private readonly List<(string Term, Regex Pattern)> _terms;

    private TermsOfArt(IEnumerable<string> terms) =>
        _terms = terms.Select(t => (t, new Regex(@"(?<![\p{L}\p{N}])" + Flexible(t) + @"(?:s|es|['’]s)?(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))).ToList();

    public static TermsOfArt Default { get; } = Load();

    /// <summary>The terms of art <paramref name="text"/> names, longest first, none inside another found.</summary>
    public IReadOnlyList<string> In(string text)
    {
        var found = _terms.Where(t => t.Pattern.IsMatch(text)).Select(t => t.Term).OrderByDescending(t => t.Length).ToList();
        return found.Where(t => !found.Any(longer => longer.Length > t.Length && longer.Contains(t, StringComparison.Ordinal))).ToList();
    }

    /// <summary>
    /// The terms of art a message asks about: those in its asking sentence, and those of its story that the asking
    /// sentence takes up by their head word ("…put it into a special needs trust. Do I count the trust?").
    /// </summary>
    public IReadOnlyList<string> AskedAbout(string message)
    {
        var asking = QuestionSentences.Asking(message);
        var asked = In(asking);
        var pointed = PointsBack().IsMatch(asking);
        var takenUp = In(message).Where(term => !asked.Contains(term) && (pointed || TakesUp(asking, term.Split([' ', '-'])[^1])));
        return [.. asked, .. takenUp];
    }

    private static bool TakesUp(string asking, string head) =>
        Regex.IsMatch(asking, $@"\b(?:the|that|this|those|these|her|his|their|its|such)\s+{Regex.Escape(head)}s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // A question whose subject is only a word pointing back to the story ("Does that count toward her resource limit?",
    // "Do either of those count?", "Will it?"): it asks about what the story named.
    [GeneratedRegex(@"^\s*(?:does|do|would|will|can|could|is|are|should)\s+(?:that|it|this|those|these|they|either(?:\s+(?:one|of\s+(?:those|them|these)))?|both(?:\s+of\s+(?:those|them|these))?)(?:\s+(?!of\b)|\s*\?)", RegexOptions.IgnoreCase)]
    private static partial Regex PointsBack();

    /// <summary>Whether <paramref name="text"/> mentions <paramref name="term"/> (spaces and hyphens alike, any case, plurals too).</summary>
    public bool Mentions(string text, string term) => _terms.FirstOrDefault(t => t.Term == term).Pattern?.IsMatch(text) ?? text.Contains(term, StringComparison.OrdinalIgnoreCase);

    private static string Flexible(string term) => string.Join(@"[\s\-]+", term.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));

    private static TermsOfArt Load()
    {
        using var stream = typeof(TermsOfArt).Assembly.GetManifestResourceStream("Eligibility.Core.Retrieval.terms-of-art.txt")
            ?? throw new InvalidOperationException("terms-of-art.txt is not embedded");
        using var reader = new StreamReader(stream);
        var terms = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var term = line.Trim().ToLowerInvariant();
            if (term.Length > 0 && !term.StartsWith('#'))
            {
                terms.Add(term);
            }
        }

        return new TermsOfArt(terms.Distinct());
    }
}
