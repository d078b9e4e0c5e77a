using System.Text.RegularExpressions;

namespace Eligibility.Core.Answering;

/// <summary>
/// Replaces personal data in text before it goes to a model: SSNs, Medi-Cal CINs, dates of birth, phone
/// numbers, e-mail addresses, street addresses and post office boxes become numbered placeholders. The
/// caseworker keeps the real text; the placeholders map back for display.
/// </summary>
public static partial class PiiRedactor
{
    public sealed record Redaction(string Text, IReadOnlyDictionary<string, string> Placeholders);

    [GeneratedRegex(@"\b\d{3}[- ]?\d{2}[- ]?\d{4}\b")]
    private static partial Regex Ssn();

    // Medi-Cal client index number: 8 digits and a check letter, sometimes with a 9th digit first.
    [GeneratedRegex(@"\b9?\d{8}[A-Z]\b", RegexOptions.IgnoreCase)]
    private static partial Regex Cin();

    // m/d/yyyy (or with - or .), yyyy-mm-dd (or with / or .), "March 4, 1961" and "4 March 1961".
    [GeneratedRegex(@"\b(?:0?[1-9]|1[0-2])[/.-](?:0?[1-9]|[12]\d|3[01])[/.-](?:19|20)\d{2}\b|\b(?:19|20)\d{2}[/.-](?:0[1-9]|1[0-2])[/.-](?:0[1-9]|[12]\d|3[01])\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, (?:19|20)\d{2}\b|\b(?:0?[1-9]|[12]\d|3[01]) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,? (?:19|20)\d{2}\b")]
    private static partial Regex Date();

    [GeneratedRegex(@"(?:\+?1[ .-]?)?\(?\b\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}\b")]
    private static partial Regex Phone();

    [GeneratedRegex(@"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")]
    private static partial Regex Email();

    [GeneratedRegex(@"\b\d{1,6} (?:[NSEW]\.? )?(?:[A-Z][a-z]+ ){1,3}(?:St|Street|Ave|Avenue|Blvd|Boulevard|Rd|Road|Dr|Drive|Ln|Lane|Way|Ct|Court|Pl|Place|Mall|Ter|Terrace|Cir|Circle|Pkwy|Parkway|Hwy|Highway|Sq|Square|Trl|Trail|Loop|Row)\b\.?(?: (?:Apt|Unit|#) ?\w+)?")]
    private static partial Regex Address();

    [GeneratedRegex(@"\bP\.? ?O\.? ?Box \d+\b", RegexOptions.IgnoreCase)]
    private static partial Regex PostOfficeBox();

    /// <summary>Redacts; dates are redacted only when <paramref name="datesArePersonal"/> (a date in a policy question is usually not).</summary>
    public static Redaction Redact(string text, bool datesArePersonal = false)
    {
        var placeholders = new Dictionary<string, string>();
        var counters = new Dictionary<string, int>();
        string Replace(Match m, string kind)
        {
            var existing = placeholders.FirstOrDefault(p => p.Value == m.Value).Key;
            if (existing is not null)
            {
                return existing;
            }

            counters[kind] = counters.GetValueOrDefault(kind) + 1;
            var placeholder = $"[{kind}-{counters[kind]}]";
            placeholders[placeholder] = m.Value;
            return placeholder;
        }

        var result = Email().Replace(text, m => Replace(m, "EMAIL"));
        result = Ssn().Replace(result, m => Replace(m, "SSN"));
        result = Cin().Replace(result, m => Replace(m, "CIN"));
        result = Phone().Replace(result, m => Replace(m, "PHONE"));
        result = Address().Replace(result, m => Replace(m, "ADDRESS"));
        result = PostOfficeBox().Replace(result, m => Replace(m, "ADDRESS"));
        if (datesArePersonal)
        {
            result = Date().Replace(result, m => Replace(m, "DATE"));
        }
        else
        {
            // "born 3/4/1961", "DOB: 1961-03-04": a date next to a birth word is personal in any text.
            result = BirthDate().Replace(result, m => m.Groups[1].Value + Replace(Date().Match(m.Value), "DOB"));
        }

        return new Redaction(result, placeholders);
    }

    /// <summary>
    /// The question without redaction placeholders and the labels right before them, for searching:
    /// "client SSN [SSN-1]" says nothing about policy, while "is an SSN required?" still does.
    /// </summary>
    public static string WithoutPlaceholders(string text) => Placeholder().Replace(text, " ");

    [GeneratedRegex(@"(?:\b(?:ssn|social security(?: number)?|cin|medi-cal id|client index number|dob|d\.o\.b\.|date of birth|born(?: on)?|birth ?date|birthday|phone|cell|tel|telephone|call|e-?mail|address|lives at|moved to|home|at)\b\s*:?\s*)?\[(?:SSN|CIN|DATE|DOB|PHONE|EMAIL|ADDRESS|NAME)-\d+\]", RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"(\b(?:DOB|D\.O\.B\.|date of birth|born|birthdate|birthday)\b[:\s]*(?:on\s+|is\s+)?)(?:\d{1,2}[/-]\d{1,2}[/-]\d{4}|\d{4}-\d{2}-\d{2}|[A-Z][a-z]+\.? \d{1,2}, \d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex BirthDate();
}
