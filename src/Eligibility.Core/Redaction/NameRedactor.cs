using System.Text;
using System.Text.RegularExpressions;

namespace Eligibility.Core.Redaction;

/// <summary>
/// Replaces known people's names in free text with their placeholders ("[NAME-1]"): the full name, then each
/// part of it on its own ("Maria", "Lopez"; "Anne-Marie", "Anne", "Marie"), in any case, with or without
/// accents, with apostrophes straight, curly or left out. Regular expressions cannot find names nobody gave;
/// these are the names a caseworker entered in case facts.
/// </summary>
internal static partial class NameRedactor
{
    /// <param name="names">The people's names.</param>
    /// <param name="placeholders">The placeholder for each name, in the same order.</param>
    public static string Replace(string text, IReadOnlyList<string> names, IReadOnlyList<string> placeholders)
    {
        var parts = new List<(string Text, string Placeholder)>();
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            parts.Add((name, placeholders[i]));
            foreach (var part in NameParts().Matches(name).Select(p => p.Value))
            {
                parts.Add((part, placeholders[i]));
                parts.AddRange(part.Split(['-', '\'', '’']).Select(piece => (piece, placeholders[i])));
            }
        }

        var result = text;
        foreach (var (part, placeholder) in parts.Where(p => p.Text.Trim().Length >= 2).DistinctBy(p => p.Text).OrderByDescending(p => p.Text.Length))
        {
            result = Regex.Replace(result, NamePattern(part), placeholder, RegexOptions.IgnoreCase);
        }

        return result;
    }

    /// <summary>
    /// A name as a pattern that also finds it in other case, without its accents ("Nunez" for "Núñez"), with its
    /// apostrophes straight, curly or left out, and with hyphens and spaces between its parts interchangeable.
    /// </summary>
    private static string NamePattern(string name)
    {
        var pattern = new StringBuilder(@"(?<![\p{L}\[])");
        foreach (var c in name.Trim())
        {
            var plain = Accented.IndexOf(c, StringComparison.Ordinal) is var at and >= 0 ? Plain[at] : c;
            pattern.Append(c switch
            {
                '\'' or '’' or '‘' or '`' => @"['’‘`]?",
                '-' => @"[\s-]*",
                _ when char.IsWhiteSpace(c) => @"[\s,-]+",
                _ when plain != c => $"[{c}{plain}]\\p{{Mn}}*",
                _ => Regex.Escape(c.ToString()) + (char.IsLetter(c) ? @"\p{Mn}*" : ""),
            });
        }

        return pattern.Append(@"(?!\p{L})").ToString();
    }

    // Letters with diacritics and the letter each is written as without them. Invariant globalization has no
    // Unicode decomposition, so the Latin-1, Latin Extended-A and Vietnamese letters are listed.
    private const string Accented =
        "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂ"
        + "ăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņ"
        + "ŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưẠạẢ"
        + "ảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚ"
        + "ớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹøØłŁđĐħĦŧŦı";

    private const string Plain =
        "AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaA"
        + "aAaCcCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNn"
        + "NnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZzOoUuAaA"
        + "aAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoO"
        + "oOoOoOoOoUuUuUuUuUuUuUuYyYyYyYyoOlLdDhHtTi";

    // Parts of a name worth matching on their own: words of two or more letters, apostrophes and hyphens kept.
    [GeneratedRegex(@"\p{L}[\p{L}'’-]+")]
    private static partial Regex NameParts();
}
