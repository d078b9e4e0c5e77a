using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

using Eligibility.Core.Determinations;

namespace Eligibility.Core.Redaction;

/// <summary>
/// Writes the case facts as the model may see them: members by role and placeholder ("[NAME-1], applicant"),
/// no SSN, CIN, date of birth or contact details (only whether they are on file), and the notes with every
/// name, identifier and contact detail given in the facts, and every pattern <see cref="PersonalDataRedactor"/> knows, replaced by placeholders.
/// </summary>
public static partial class FactsRedactor
{
    public static Redaction Redact(CaseFacts facts)
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

        return new Redaction(text.ToString(), placeholders);
    }

    /// <summary>Free text of a case (notes, a resource's description) with the case's people and every personal detail replaced.</summary>
    public static string Scrub(string text, CaseFacts facts, Dictionary<string, string> placeholders) =>
        PersonalDataRedactor.Redact(text, KnownPeopleOf(facts), placeholders).Text;

    /// <summary>The people of a case as the redactor knows them: names, identifiers, contact details and birth dates.</summary>
    public static KnownPeople KnownPeopleOf(CaseFacts facts)
    {
        var contact = facts.Contact;
        return new KnownPeople(
            facts.Household.Select(m => m.Name).ToList(),
            facts.Household.SelectMany(m => new[] { m.Ssn, m.Cin }).Append(facts.CaseReference).OfType<string>().ToList(),
            new[] { contact?.Phone, contact?.Email, contact?.Address }.OfType<string>().Where(v => v.Length > 0).ToList(),
            facts.Household.Select(m => m.DateOfBirth).OfType<DateOnly>().ToList());
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
}
