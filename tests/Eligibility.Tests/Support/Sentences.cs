namespace Eligibility.Tests.Support;

/// <summary>Text for test manuals.</summary>
public static class Sentences
{
    /// <summary>One sentence said <paramref name="times"/> times: a section long enough to be cut into several passages.</summary>
    public static string Repeated(string sentence, int times) => string.Join(' ', Enumerable.Repeat(sentence, times));
}
