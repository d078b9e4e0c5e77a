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

    /// <summary>Entries whose key occurs in the question: the key as written there and what it expands to.</summary>
    public IReadOnlyList<(string Key, IReadOnlyList<string> Expansions)> Match(string question)
    {
        var text = " " + Normalise(question) + " ";
        var stems = QueryTerms.Of(question).Select(Stemmer.Stem).ToHashSet();
        var found = new List<(string, IReadOnlyList<string>)>();
        foreach (var (key, isPhrase, expansions) in _entries)
        {
            var hit = isPhrase ? text.Contains(" " + key + " ", StringComparison.Ordinal) : stems.Contains(Stemmer.Stem(key));
            if (hit)
            {
                found.Add((key, expansions));
            }
        }

        return found;
    }

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
            foreach (var key in parts[0].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Normalise))
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

    [GeneratedRegex(@"[^\p{L}\p{N}'\-\.]+|\.(?!\p{N})")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
