using Anthropic.Models.Messages;

namespace Eligibility.Infrastructure.Anthropic;

/// <summary>
/// Token counts of a streamed message. <c>message_start</c> carries the input side, <c>message_delta</c> the
/// cumulative output (and, on newer API versions, the input again). Input counts the prompt in full: uncached
/// tokens plus tokens written to or read from the prompt cache. Absent counts are 0.
/// </summary>
internal sealed class TokenTally
{
    private long _input;
    private long _cacheCreation;
    private long _cacheRead;
    private long _output;

    public int Input => Clamp(_input + _cacheCreation + _cacheRead);

    public int Output => Clamp(_output);

    public void Read(Func<Usage?> usage)
    {
        var u = SdkField.TryRead(usage);
        if (u is null)
        {
            return;
        }

        _input = SdkField.TryRead(() => (long?)u.InputTokens) ?? _input;
        _cacheCreation = SdkField.TryRead(() => u.CacheCreationInputTokens) ?? _cacheCreation;
        _cacheRead = SdkField.TryRead(() => u.CacheReadInputTokens) ?? _cacheRead;
        _output = SdkField.TryRead(() => (long?)u.OutputTokens) ?? _output;
    }

    public void Read(Func<MessageDeltaUsage?> usage)
    {
        var u = SdkField.TryRead(usage);
        if (u is null)
        {
            return;
        }

        _input = SdkField.TryRead(() => u.InputTokens) ?? _input;
        _cacheCreation = SdkField.TryRead(() => u.CacheCreationInputTokens) ?? _cacheCreation;
        _cacheRead = SdkField.TryRead(() => u.CacheReadInputTokens) ?? _cacheRead;
        _output = SdkField.TryRead(() => (long?)u.OutputTokens) ?? _output;
    }

    private static int Clamp(long value) => (int)Math.Clamp(value, 0, int.MaxValue);
}
