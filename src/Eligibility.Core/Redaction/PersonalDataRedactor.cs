using System.Text.RegularExpressions;

namespace Eligibility.Core.Redaction;

/// <summary>
/// The one place personal data is taken out of text before it reaches a model: a caseworker's question, a
/// follow-up and its history, case facts and notes. Known values of the case (names, identifiers, contact
/// details) are replaced in any spelling; then SSNs, CINs and other labelled identifiers, birth dates in any
/// written form, phones, e-mail, street addresses, ZIP codes, long numbers and names the text gives by context.
/// Each becomes a numbered placeholder (<c>[DOB-1]</c>) that maps back to the value for the caseworker only.
/// Dates are kept unless a birth word marks them or they are a known person's date of birth, so that "as of
/// January 1, 2026" and "entered before August 22, 1996" still reach the model.
/// </summary>
public static class PersonalDataRedactor
{
    public static Redaction Redact(string text, KnownPeople? known = null) => Redact(text, known ?? KnownPeople.None, new Dictionary<string, string>());

    /// <summary>Redacts into <paramref name="placeholders"/>, shared by the texts of one case so that a value keeps one placeholder.</summary>
    public static Redaction Redact(string text, KnownPeople known, Dictionary<string, string> placeholders)
    {
        var result = text;

        // The case's own identifiers and contact details first, in whatever spacing and punctuation the text repeats them.
        foreach (var id in known.Identifiers)
        {
            var characters = id.Where(char.IsLetterOrDigit).Select(c => Regex.Escape(c.ToString())).ToList();
            if (characters.Count > 0)
            {
                result = Regex.Replace(result, string.Join(@"[\s.-]*", characters), m => Placeholder(placeholders, "ID", m.Value), RegexOptions.IgnoreCase);
            }
        }

        foreach (var value in known.Contact.SelectMany(c => new[] { c, c.Split(',')[0] }))
        {
            var words = Regex.Matches(value, @"[\p{L}\p{N}]+").Select(w => Regex.Escape(w.Value)).ToList();
            if (words.Count > 0)
            {
                result = Regex.Replace(result, $@"(?<![\p{{L}}\p{{N}}]){string.Join(@"[\W_]*", words)}(?![\p{{L}}\p{{N}}])", m => Placeholder(placeholders, "CONTACT", m.Value), RegexOptions.IgnoreCase);
            }
        }

        // Birth dates before identifiers and phones, which would otherwise take "03-04-1961" apart; patterns before names,
        // so that a name inside an e-mail address does not break the address apart.
        result = ReplaceValue(result, PersonalDataPatterns.LabelledBirthDate(), "DOB", placeholders);
        result = ReplaceValue(result, PersonalDataPatterns.BirthDateThenLabel(), "DOB", placeholders);
        result = PersonalDataPatterns.Email().Replace(result, m => Placeholder(placeholders, "EMAIL", m.Value));
        result = ReplaceValue(result, PersonalDataPatterns.SsnLastFour(), "SSN", placeholders);
        result = PersonalDataPatterns.Ssn().Replace(result, m => Placeholder(placeholders, "SSN", m.Value));
        result = PersonalDataPatterns.Cin().Replace(result, m => Placeholder(placeholders, "CIN", m.Value));
        result = ReplaceValue(result, PersonalDataPatterns.LabelledIdentifier(), "ID", placeholders);
        result = PersonalDataPatterns.Phone().Replace(result, m => Placeholder(placeholders, "PHONE", m.Value));
        result = PersonalDataPatterns.PostOfficeBox().Replace(result, m => Placeholder(placeholders, "ADDRESS", m.Value));
        result = PersonalDataPatterns.StreetAddress().Replace(result, m => Placeholder(placeholders, "ADDRESS", m.Value));
        result = ReplaceValue(result, PersonalDataPatterns.LabelledAddress(), "ADDRESS", placeholders);
        result = ReplaceValue(result, PersonalDataPatterns.Zip(), "ZIP", placeholders);
        if (known.BirthDates.Count > 0)
        {
            // A member's date of birth in any written form, with or without a word saying what it is.
            result = PersonalDataPatterns.AnyDate().Replace(result, m => WrittenDate.Meanings(m.Value).Any(known.BirthDates.Contains) ? Placeholder(placeholders, "DOB", m.Value) : m.Value);
        }

        result = PersonalDataPatterns.LongNumber().Replace(result, m => Placeholder(placeholders, "NUMBER", m.Value));

        // The case's names keep their positions ([NAME-1] is the first member); names the text gives by context follow them.
        var names = known.Names.ToList();
        var nameholders = names.Select((n, i) => $"[NAME-{i + 1}]").ToList();
        for (var i = 0; i < names.Count; i++)
        {
            placeholders[nameholders[i]] = names[i];
        }

        foreach (var name in NamesInText.Find(result))
        {
            if (!names.Any(n => NameRedactor.Replace(name, [n], ["*"]) == "*"))
            {
                names.Add(name);
                nameholders.Add(Placeholder(placeholders, "NAME", name));
            }
        }

        return new Redaction(names.Count == 0 ? result : NameRedactor.Replace(result, names, nameholders), placeholders);
    }

    /// <summary>
    /// Text without placeholders and the labels right before them, for searching: "client SSN [SSN-1]" says
    /// nothing about policy, while "is an SSN required?" still does.
    /// </summary>
    public static string WithoutPlaceholders(string text) => PersonalDataPatterns.PlaceholderWithLabel().Replace(text, " ");

    // Patterns with a label group keep the label ("DOB ") and replace only the value.
    private static string ReplaceValue(string text, Regex pattern, string kind, Dictionary<string, string> placeholders) =>
        pattern.Replace(text, m =>
        {
            var value = m.Groups["value"];
            if (!value.Success)
            {
                return Placeholder(placeholders, kind, m.Value);
            }

            var start = value.Index - m.Index;
            return m.Value[..start] + Placeholder(placeholders, kind, value.Value) + m.Value[(start + value.Length)..];
        });

    private static string Placeholder(Dictionary<string, string> placeholders, string kind, string value)
    {
        var existing = placeholders.FirstOrDefault(p => p.Key.StartsWith($"[{kind}-", StringComparison.Ordinal) && string.Equals(p.Value, value, StringComparison.OrdinalIgnoreCase)).Key;
        if (existing is not null)
        {
            return existing;
        }

        var number = placeholders.Keys.Count(k => k.StartsWith($"[{kind}-", StringComparison.Ordinal)) + 1;
        var placeholder = $"[{kind}-{number}]";
        placeholders[placeholder] = value;
        return placeholder;
    }
}
