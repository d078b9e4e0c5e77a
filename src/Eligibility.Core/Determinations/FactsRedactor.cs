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

    /// <summary>Free text of a case with the case's names and known identifiers replaced, then the pattern redactor.</summary>
    public static string Scrub(string text, CaseFacts facts, Dictionary<string, string> placeholders)
    {
        var names = NamesOf(facts, placeholders);
        var result = text;

        // Identifiers given in the facts, in whatever spacing the notes repeat them.
        foreach (var m in facts.Household)
        {
            foreach (var id in new[] { m.Ssn, m.Cin }.OfType<string>())
            {
                result = Regex.Replace(result, string.Join(@"[\s.-]?", id.Select(c => Regex.Escape(c.ToString()))), "[ID]", RegexOptions.IgnoreCase);
            }
        }

        // Full names first, then each part of a name on its own ("Maria", "Lopez").
        var parts = new List<(string Text, string Placeholder)>();
        for (var i = 0; i < facts.Household.Count; i++)
        {
            var name = facts.Household[i].Name;
            parts.Add((name, names[i]));
            parts.AddRange(NameParts().Matches(name).Select(p => (p.Value, names[i])));
        }

        foreach (var (part, placeholder) in parts.Where(p => p.Text.Length >= 2).OrderByDescending(p => p.Text.Length))
        {
            result = Regex.Replace(result, $@"(?<![\p{{L}}\[]){Regex.Escape(part)}(?!\p{{L}})", placeholder, RegexOptions.IgnoreCase);
        }

        var contact = facts.Contact;
        foreach (var value in new[] { contact?.Phone, contact?.Email, contact?.Address }.Where(v => !string.IsNullOrWhiteSpace(v)))
        {
            result = result.Replace(value!.Trim(), "[CONTACT]", StringComparison.OrdinalIgnoreCase);
        }

        var redaction = PiiRedactor.Redact(result, datesArePersonal: true);
        foreach (var (key, value) in redaction.Placeholders)
        {
            placeholders.TryAdd(key, value);
        }

        return redaction.Text;
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

    // Parts of a name worth matching on their own: words of two or more letters, apostrophes and hyphens kept.
    [GeneratedRegex(@"\p{L}[\p{L}'’-]+")]
    private static partial Regex NameParts();
}
