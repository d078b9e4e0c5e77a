using Anthropic.Exceptions;

namespace Eligibility.Infrastructure.Anthropic;

/// <summary>Reads a field of an SDK model that the server may have left out: the SDK throws on access to a missing required field.</summary>
internal static class SdkField
{
    public static T? TryRead<T>(Func<T?> read)
    {
        try
        {
            return read();
        }
        catch (AnthropicInvalidDataException)
        {
            return default;
        }
    }
}
