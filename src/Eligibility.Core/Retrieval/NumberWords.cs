namespace Eligibility.Core.Retrieval;

/// <summary>Small numbers as caseworkers and the manuals spell them ("a family of four", "three months").</summary>
internal static class NumberWords
{
    private static readonly string[] Words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    /// <summary>The number a spelled-out word stands for, or null.</summary>
    public static int? ValueOf(string word)
    {
        var index = Array.FindIndex(Words, w => string.Equals(w, word, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? null : index + 1;
    }

    /// <summary>The word for a number from one to twelve, or null.</summary>
    public static string? WordFor(int number) => number is >= 1 and <= 12 ? Words[number - 1] : null;
}
