using System.Text.Json;
using System.Text.RegularExpressions;

namespace Eligibility.Tests.Redaction;

/// <summary>
/// A text a caseworker might type, the names entered in the case, the personal values in it that must never
/// reach a model, and the policy content that must. <c>caseworker-texts.json</c> is the set the redactor was
/// written against; <c>caseworker-texts.held-out.json</c> was written blind to it and reported separately.
/// </summary>
public sealed record CaseworkerText(string Text, IReadOnlyList<string> Case, IReadOnlyList<string> Personal, IReadOnlyList<string> Policy)
{
    public const string Tuned = "caseworker-texts.json";

    public const string HeldOut = "caseworker-texts.held-out.json";

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static IReadOnlyList<CaseworkerText> Load(string file) =>
        JsonSerializer.Deserialize<List<CaseworkerText>>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Redaction", file)), Json)!;

    /// <summary>Each text by file and position, for theories.</summary>
    public static TheoryData<string, int> All()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in new[] { Tuned, HeldOut })
        {
            for (var i = 0; i < Load(file).Count; i++)
            {
                data.Add(file, i);
            }
        }

        return data;
    }

    /// <summary>The personal values still in <paramref name="sent"/>, as whole words in any case ("lopez" for "Lopez").</summary>
    public IReadOnlyList<string> PersonalIn(string sent) =>
        [.. Personal.Where(value => Regex.IsMatch(sent, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(value)}(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase))];

    /// <summary>The policy content missing from <paramref name="sent"/>.</summary>
    public IReadOnlyList<string> PolicyMissingFrom(string sent) => [.. Policy.Where(value => !sent.Contains(value, StringComparison.Ordinal))];
}
