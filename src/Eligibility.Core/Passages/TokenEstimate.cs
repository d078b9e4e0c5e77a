namespace Eligibility.Core.Passages;

/// <summary>
/// Token count estimate used for chunk sizing: one token per four characters, the usual rule of thumb
/// for English with Claude and GPT-style BPE tokenizers (regulation text runs within about 10% of it).
/// </summary>
public static class TokenEstimate
{
    public static int Of(string text) => (text.Length + 3) / 4;

    public static int Of(int characters) => (characters + 3) / 4;
}
