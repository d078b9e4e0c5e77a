using Microsoft.ML.Tokenizers;

namespace Eligibility.Core.Passages;

/// <summary>
/// Counts tokens with Microsoft.ML.Tokenizers. Claude's tokenizer is not public, so o200k_base is the documented
/// approximation (a 2,000-character regulation paragraph is about 474 of its tokens); cl100k_base is the other
/// encoding shipped. Counting is thread-safe.
/// </summary>
public sealed class TokenCounter
{
    public const string DefaultEncoding = "o200k_base";

    /// <summary>The encodings whose data ships with the product.</summary>
    public static readonly IReadOnlyList<string> Encodings = [DefaultEncoding, "cl100k_base"];

    private static readonly Lazy<TokenCounter> Shared = new(() => new TokenCounter(DefaultEncoding));

    private readonly Tokenizer _tokenizer;

    private TokenCounter(string encoding)
    {
        Encoding = encoding;
        _tokenizer = TiktokenTokenizer.CreateForEncoding(encoding);
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

    public int Count(string text) => string.IsNullOrEmpty(text) ? 0 : _tokenizer.CountTokens(text);
}
