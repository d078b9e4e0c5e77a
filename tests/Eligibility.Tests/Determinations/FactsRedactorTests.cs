using Eligibility.Core.Determinations;
using Eligibility.Core.Redaction;

namespace Eligibility.Tests.Determinations;

/// <summary>The facts as a model may see them: roles and placeholders, never names, identifiers or contact details.</summary>
public sealed class FactsRedactorTests
{
    [Fact]
    public void Names_identifiers_and_contact_details_are_left_out_or_replaced()
    {
        var facts = CaseFactsSamples.Valid(CaseFactsSamples.MagiFamily());

        var redaction = FactsRedactor.Redact(facts);

        foreach (var secret in new[] { "Maria", "MARIA", "Lopez", "Garcia", "José", "Ana", "123456789", "123-45-6789", "91234567A", "1991-03-04", "916", "555-0134", "maria.lopez@example.org", "1420 Elm" })
        {
            Assert.DoesNotContain(secret, redaction.Text, StringComparison.Ordinal);
        }

        Assert.Contains("1. [NAME-1]: age 34, self", redaction.Text, StringComparison.Ordinal);
        Assert.Contains("SSN on file", redaction.Text, StringComparison.Ordinal);
        Assert.Contains("[NAME-1] said [NAME-2] starts a new job", redaction.Text, StringComparison.Ordinal);
        Assert.Equal("Maria Lopez-Garcia", redaction.Placeholders["[NAME-1]"]);
    }

    [Fact]
    public void The_facts_that_decide_eligibility_are_kept()
    {
        var redaction = FactsRedactor.Redact(CaseFactsSamples.Valid(CaseFactsSamples.MagiFamily()));

        Assert.Contains("Program: MAGI Medi-Cal", redaction.Text, StringComparison.Ordinal);
        Assert.Contains("Benefit month: 2025-06", redaction.Text, StringComparison.Ordinal);
        Assert.Contains("member 1: wages 1200.00 biweekly", redaction.Text, StringComparison.Ordinal);
        Assert.Contains("immigration status lawful-permanent-resident", redaction.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Identifiers_repeated_in_the_notes_in_other_spacing_are_replaced()
    {
        var form = CaseFactsSamples.MagiFamily() with { Notes = "Old SSN 123 45 6789 and CIN 91234567a were on the previous application; call 916.555.0134." };

        var text = FactsRedactor.Redact(CaseFactsSamples.Valid(form)).Text;

        Assert.DoesNotContain("6789", text, StringComparison.Ordinal);
        Assert.DoesNotContain("91234567", text, StringComparison.Ordinal);
        Assert.DoesNotContain("0134", text, StringComparison.Ordinal);
    }
}
