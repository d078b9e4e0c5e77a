using System.Collections.Concurrent;
using Microsoft.ML.Tokenizers;

namespace Eligibility.Core.Passages;

/// <summary>
/// Counts tokens with Microsoft.ML.Tokenizers. Claude's tokenizer is not public, so o200k_base is the documented
/// approximation (a 2,000-character regulation paragraph is about 474 of its tokens); cl100k_base is the other
/// encoding shipped. Counting is thread-safe. For o200k_base, text is split with <see cref="O200kPieces"/> and each
/// piece's count is remembered, which gives the library's counts at about a quarter of its time on manual text
/// (ingestion counts every sentence and every passage).
/// </summary>
public sealed class TokenCounter
{
    public const string DefaultEncoding = "o200k_base";

    /// <summary>The encodings whose data ships with the product.</summary>
    public static readonly IReadOnlyList<string> Encodings = [DefaultEncoding, "cl100k_base"];

    private static readonly Lazy<TokenCounter> Shared = new(() => new TokenCounter(DefaultEncoding));

    // Distinct pieces in a manual set are a few tens of thousands; past this many, new ones are counted and not kept.
    private const int RememberedPieces = 200_000;

    private readonly Tokenizer _tokenizer;
    private readonly bool _splitsItself;
    private readonly ConcurrentDictionary<string, int> _pieces = new(StringComparer.Ordinal);

    private TokenCounter(string encoding)
    {
        Encoding = encoding;
        _tokenizer = TiktokenTokenizer.CreateForEncoding(encoding);
        _splitsItself = encoding == DefaultEncoding;
    }

    public static TokenCounter Default => Shared.Value;

    public string Encoding { get; }

    /// <summary>The counter for a shipped encoding; any other name is refused, naming the ones there are.</summary>
    public static TokenCounter For(string? encoding)
    {
        var name = string.IsNullOrWhiteSpace(encoding) ? DefaultEncoding : encoding.Trim().ToLowerInvariant();
        if (name == DefaultEncoding)
        {
            return Default;
        }

        return Encodings.Contains(name)
            ? new TokenCounter(name)
            : throw new ArgumentException($"token encoding '{encoding}' is not shipped; use one of {string.Join(", ", Encodings)}", nameof(encoding));
    }

    public int Count(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        if (!_splitsItself || !O200kPieces.Supports(text))
        {
            return _tokenizer.CountTokens(text);
        }

        var pieces = _pieces.GetAlternateLookup<ReadOnlySpan<char>>();
        var count = 0;
        for (var start = 0; start < text.Length;)
        {
            var end = O200kPieces.End(text, start);
            var piece = text.AsSpan(start, end - start);
            if (!pieces.TryGetValue(piece, out var tokens))
            {
                var pieceText = piece.ToString();
                tokens = _tokenizer.CountTokens(pieceText, considerPreTokenization: false);
                if (_pieces.Count < RememberedPieces)
                {
                    _pieces.TryAdd(pieceText, tokens);
                }
            }

            count += tokens;
            start = end;
        }

        return count;
    }
}
