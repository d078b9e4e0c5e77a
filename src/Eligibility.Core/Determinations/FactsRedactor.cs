using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Eligibility.Core.Answering;

namespace Eligibility.Core.Determinations;

/// <summary>
/// Writes the case facts as the model may see them: members by role and placeholder ("[NAME-1], applicant"),
/// no SSN, CIN, date of birth or contact details (only whether they are on file), and the notes with every
/// name given in the facts and every pattern <see cref="PiiRedactor"/> knows replaced by placeholders.
/// </summary>
public static partial class FactsRedactor
{
    public static PiiRedactor.Redaction Redact(CaseFacts facts)
    {
        var placeholders = new Dictionary<string, string>();
        var names = NamesOf(facts, placeholders);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Program: {CaseFiguresCalculator.ProgramName(facts.Program)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"County: {facts.County}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Benefit month: {facts.BenefitMonth:yyyy-MM}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Household ({facts.Household.Count}):");
        for (var i = 0; i < facts.Household.Count; i++)
        {
            var m = facts.Household[i];
            var traits = new List<string> { $"age {m.Age}", CaseFactsValidator.Token(m.Relationship), $"immigration status {CaseFactsValidator.Token(m.ImmigrationStatus)}" };
            if (m.Pregnant)
            {
                traits.Add("pregnant");
            }

            if (m.Disabled)
            {
                traits.Add("disabled");
            }

            if (m.Blind)
            {
                traits.Add("blind");
            }

            traits.Add(m.Ssn is null ? "no SSN on file" : "SSN on file");
            traits.Add(m.Cin is null ? "no CIN on file" : "CIN on file");
            text.AppendLine(CultureInfo.InvariantCulture, $"  {i + 1}. {names[i]}: {string.Join(", ", traits)}");
        }

        text.AppendLine(facts.Income.Count == 0 ? "Income: none reported" : "Income:");
        foreach (var income in facts.Income)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  - member {income.Member + 1}: {CaseFactsValidator.Token(income.Type)} {income.Amount:0.00} {CaseFactsValidator.Token(income.Frequency)}{(income.CountsUnder(facts.Program) ? "" : " (not counted)")}");
        }

        text.AppendLine(facts.Resources.Count == 0 ? "Resources: none reported" : "Resources:");
        foreach (var r in facts.Resources)
        {
            var description = r.Description is null ? "" : $" ({Scrub(r.Description, facts, placeholders)})";
            text.AppendLine(CultureInfo.InvariantCulture, $"  - {CaseFactsValidator.Token(r.Type)}{description}: {r.Value:0.00}{(r.Exempt ? " (marked exempt by the caseworker)" : "")}");
        }

        if (facts.Notes is { } notes)
        {
            text.AppendLine("Caseworker notes:");
            text.AppendLine(Scrub(notes, facts, placeholders));
        }

        return new PiiRedactor.Redaction(text.ToString(), placeholders);
    }

    /// <summary>
    /// Free text of a case with the case's known identifiers and contact details replaced, then the patterns
    /// <see cref="PiiRedactor"/> knows, then the case's names, then any long run of digits (an account number).
    /// </summary>
    public static string Scrub(string text, CaseFacts facts, Dictionary<string, string> placeholders)
    {
        var names = NamesOf(facts, placeholders);
        var result = text;

        // Identifiers given in the facts, in whatever spacing and punctuation the notes repeat them.
        foreach (var m in facts.Household)
        {
            foreach (var id in new[] { m.Ssn, m.Cin }.OfType<string>())
            {
                var characters = id.Where(char.IsLetterOrDigit).Select(c => Regex.Escape(c.ToString())).ToList();
                if (characters.Count > 0)
                {
                    result = Regex.Replace(result, string.Join(@"[\s.-]*", characters), "[ID]", RegexOptions.IgnoreCase);
                }
            }
        }

        // Contact details, in any case and punctuation ("916.555.0134", "1234 oak st"); an address also by its street line.
        var contact = facts.Contact;
        var address = contact?.Address?.Split(',')[0];
        foreach (var value in new[] { contact?.Phone, contact?.Email, contact?.Address, address })
        {
            var words = Regex.Matches(value ?? "", @"[\p{L}\p{N}]+").Select(w => Regex.Escape(w.Value)).ToList();
            if (words.Count > 0)
            {
                result = Regex.Replace(result, $@"(?<![\p{{L}}\p{{N}}]){string.Join(@"[\W_]*", words)}(?![\p{{L}}\p{{N}}])", "[CONTACT]", RegexOptions.IgnoreCase);
            }
        }

        // Patterns before names, so that a name inside an e-mail address does not break the address apart.
        var redaction = PiiRedactor.Redact(result, datesArePersonal: true);
        foreach (var (key, value) in redaction.Placeholders)
        {
            placeholders.TryAdd(key, value);
        }

        result = redaction.Text;

        result = NameRedactor.Replace(result, facts.Household.Select(m => m.Name).ToList(), names);
        return LongNumber().Replace(result, "[NUMBER]");
    }

    private static List<string> NamesOf(CaseFacts facts, Dictionary<string, string> placeholders)
    {
        var names = new List<string>();
        for (var i = 0; i < facts.Household.Count; i++)
        {
            var placeholder = $"[NAME-{i + 1}]";
            placeholders[placeholder] = facts.Household[i].Name;
            names.Add(placeholder);
        }

        return names;
    }

    // Eight or more digits in a row, spaces or hyphens allowed between them: an account or other identifying number.
    [GeneratedRegex(@"(?<!\d)\d(?:[ -]?\d){7,}(?!\d)")]
    private static partial Regex LongNumber();
}
