using System.Text.RegularExpressions;

namespace Eligibility.Core.Retrieval;

/// <summary>
/// The domain thesaurus (thesaurus.txt): everyday words and acronyms caseworkers use, mapped to the words
/// policy manuals use ("copay" → "copayment, cost sharing"; "FPL" → "federal poverty level").
/// </summary>
public sealed partial class Thesaurus
{
    private readonly List<(string Key, bool IsPhrase, string[] Expansions)> _entries;

    // Expansions marked ~ in thesaurus.txt: related terms, not other names for the key.
    private readonly HashSet<(string Key, string Expansion)> _related;

    private Thesaurus(List<(string, bool, string[])> entries, HashSet<(string, string)> related) => (_entries, _related) = (entries, related);

    /// <summary>Whether <paramref name="expansion"/> is another name for <paramref name="key"/> (not only a related term).</summary>
    public bool IsEquivalent(string key, string expansion) => !_related.Contains((key, expansion));

    public static Thesaurus Default { get; } = Load();

    /// <summary>
    /// Entries whose key occurs in the question: the key as written there and what it expands to. A key "chip &amp; appeal"
    /// occurs when each of its parts does, anywhere in the question: a word that means something else in one program
    /// (a CHIP family's appeal is a "review").
    /// </summary>
    public IReadOnlyList<(string Key, IReadOnlyList<string> Expansions)> Match(string question)
    {
        var words = Normalise(question).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var wordStems = words.Select(Stemmer.Stem).ToArray();
        var stems = QueryTerms.Of(question).Select(Stemmer.Stem).ToHashSet();
        var found = new List<(string, IReadOnlyList<string>)>();
        foreach (var (key, isPhrase, expansions) in _entries)
        {
            var hit = key.Contains(" & ", StringComparison.Ordinal)
                ? key.Split(" & ").All(part => part.Contains(' ', StringComparison.Ordinal) ? PhraseIn(part, words, wordStems) : stems.Contains(Stemmer.Stem(part)))
                : isPhrase ? PhraseIn(key, words, wordStems) : stems.Contains(Stemmer.Stem(key));
            if (hit)
            {
                found.Add((key, expansions));
            }
        }

        return found;
    }

    /// <summary>
    /// Whether a phrase key is in the question's words: each word of the key by its stem ("turned back on" for "turn
    /// back on"), and a pronoun may stand after the key's first word, as English puts it inside a verb with a particle
    /// ("turn him back on", "cut her off").
    /// </summary>
    private static bool PhraseIn(string key, string[] words, string[] wordStems)
    {
        var keyStems = KeyStems.GetOrAdd(key, k => k.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Stemmer.Stem).ToArray());
        for (var start = 0; start + keyStems.Length <= words.Length; start++)
        {
            if (wordStems[start] != keyStems[0])
            {
                continue;
            }

            var at = start + 1;
            if (keyStems.Length > 1 && at < words.Length && Pronouns.Contains(words[at]) && wordStems[at] != keyStems[1])
            {
                at++;
            }

            var k = 1;
            while (k < keyStems.Length && at < words.Length && wordStems[at] == keyStems[k])
            {
                k++;
                at++;
            }

            if (k == keyStems.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> KeyStems = new(StringComparer.Ordinal);

    private static readonly HashSet<string> Pronouns = ["him", "her", "them", "it", "me", "us", "you"];

    private static Thesaurus Load()
    {
        using var stream = typeof(Thesaurus).Assembly.GetManifestResourceStream("Eligibility.Core.Retrieval.thesaurus.txt")
            ?? throw new InvalidOperationException("thesaurus.txt is not embedded");
        using var reader = new StreamReader(stream);
        var entries = new List<(string, bool, string[])>();
        var related = new HashSet<(string, string)>();
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split("=>", 2);
            if (line.TrimStart().StartsWith('#') || parts.Length != 2)
            {
                continue;
            }

            var written = parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToArray();
            var expansions = written.Select(e => Normalise(e.TrimStart('~'))).ToArray();
            foreach (var key in parts[0].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(k => string.Join(" & ", k.Split('&').Select(Normalise))))
            {
                entries.Add((key, key.Contains(' ', StringComparison.Ordinal) || key.Contains('-', StringComparison.Ordinal), expansions));
                foreach (var expansion in written.Where(e => e.StartsWith('~')))
                {
                    related.Add((key, Normalise(expansion.TrimStart('~'))));
                }
            }
        }

        return new Thesaurus(entries, related);
    }

    internal static string Normalise(string text) => Spaces().Replace(Punctuation().Replace(text.ToLowerInvariant().Replace('’', '\''), " "), " ").Trim();

    // Apart from a word's own apostrophe ("doctor's"), a quote mark is punctuation: "counts as 'aged'" is "counts as aged".
    [GeneratedRegex(@"[^\p{L}\p{N}'\-\.]+|\.(?!\p{N})|(?<!\p{L})'|'(?!\p{L})")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
