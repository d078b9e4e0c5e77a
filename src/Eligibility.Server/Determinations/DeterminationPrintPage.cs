using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Eligibility.Core.Audit;
using Eligibility.Core.Determinations;

namespace Eligibility.Server.Determinations;

/// <summary>
/// One determination as a printable page for the case file (print to PDF from the browser): the facts as entered,
/// the figures with their sources, the reasoning with numbered citations (manual, version, effective date,
/// section, pages, quoted text), the decision with any amendments, and the audit entries that record it.
/// </summary>
internal static class DeterminationPrintPage
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Render(Determination d, IReadOnlyList<Determination> corrections, IReadOnlyList<AuditEntry> audit)
    {
        var draft = d.Draft;
        var f = d.Facts;
        var b = new StringBuilder();
        void Line(string html) => b.AppendLine(html);
        string E(object? value) => Html.Encode(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");

        Line("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">");
        Line($"<title>Determination {E(d.Id)}</title>");
        Line("""
            <style>
            body{font:11pt/1.45 system-ui,sans-serif;color:#111;max-width:48rem;margin:2rem auto;padding:0 1rem}
            h1{font-size:1.4rem;margin:0 0 .2rem}h2{font-size:1.05rem;margin:1.4rem 0 .4rem;border-bottom:1px solid #999}
            table{border-collapse:collapse;width:100%}td,th{border:1px solid #bbb;padding:.2rem .4rem;text-align:left;vertical-align:top}
            .state{display:inline-block;padding:.1rem .5rem;border:2px solid #111;font-weight:700;letter-spacing:.05em}
            .draft{border-color:#a15c00;color:#a15c00}.warn{color:#a15c00}.muted{color:#555;font-size:.9em}
            blockquote{margin:.2rem 0 .6rem 1rem;padding-left:.6rem;border-left:3px solid #999}
            del{background:#fde2e2}ins{background:#dff5e1;text-decoration:none}
            code{font-size:.85em;word-break:break-all}
            @media print{body{margin:0;max-width:none}a{color:inherit;text-decoration:none}.noprint{display:none}}
            </style></head><body>
            """);
        Line($"<h1>Medi-Cal eligibility determination</h1><p><span class=\"state{(d.IsFinal ? "" : " draft")}\">{E(d.State.ToString().ToUpperInvariant())}</span> {E(d.Id)}</p>");
        if (!d.IsFinal)
        {
            Line("<p class=\"warn\"><strong>DRAFT — not a determination.</strong> No caseworker has approved it.</p>");
        }

        Line($"<p class=\"muted\">Drafted by {E(d.CreatedBy)} on {E(d.CreatedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture))}; policy as of {E(draft.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}; "
            + $"{(draft.Model is null ? "no model (passages and figures only)" : "drafted with " + E(draft.Model))}.</p>");
        if (d.Corrects is not null)
        {
            Line($"<p>Corrects determination {E(d.Corrects)}.</p>");
        }

        if (corrections.Count > 0)
        {
            Line($"<p class=\"warn\">Corrected by: {string.Join(", ", corrections.Select(c => E(c.Id)))}.</p>");
        }

        Line("<h2>Decision</h2>");
        if (d.Decision is { } decision)
        {
            Line($"<p><strong>{E(decision.State.ToString().ToUpperInvariant())}</strong> by {E(decision.DecidedBy)} on {E(decision.DecidedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture))}.</p>");
            Line($"<p>Outcome: <strong>{E(OutcomeText(decision.FinalOutcome))}</strong></p><p>{E(decision.FinalSummary)}</p>");
            foreach (var a in decision.Amendments)
            {
                Line($"<p>Amended {E(a.Field)}: <del>{E(a.Before)}</del> → <ins>{E(a.After)}</ins></p>");
            }

            if (decision.Reason is not null)
            {
                Line($"<p>Reason: {E(decision.Reason)}</p>");
            }
        }
        else
        {
            Line($"<p>Not decided. Proposed outcome: <strong>{E(OutcomeText(draft.Outcome))}</strong>.</p>");
        }

        Line("<h2>Case facts</h2><table>");
        Line($"<tr><th>Case reference</th><td>{E(f.CaseReference ?? "—")}</td></tr><tr><th>Program</th><td>{E(CaseFiguresCalculator.ProgramName(f.Program))}</td></tr>");
        Line($"<tr><th>County</th><td>{E(f.County)}</td></tr><tr><th>Benefit month</th><td>{E(f.BenefitMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture))}</td></tr></table>");
        Line("<table><tr><th>#</th><th>Name</th><th>Age</th><th>Relationship</th><th>Status</th><th>Identifiers</th></tr>");
        for (var i = 0; i < f.Household.Count; i++)
        {
            var m = f.Household[i];
            var traits = string.Join(", ", new[] { m.Pregnant ? "pregnant" : null, m.Disabled ? "disabled" : null, m.Blind ? "blind" : null, CaseFactsValidator.Token(m.ImmigrationStatus) }.OfType<string>());
            var ids = string.Join("<br>", new[] { m.Ssn is null ? null : "SSN " + E(m.Ssn), m.Cin is null ? null : "CIN " + E(m.Cin), m.DateOfBirth is null ? null : "born " + E(m.DateOfBirth.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) }.OfType<string>());
            Line($"<tr><td>{i + 1}</td><td>{E(m.Name)}</td><td>{m.Age}</td><td>{E(CaseFactsValidator.Token(m.Relationship))}</td><td>{E(traits)}</td><td>{ids}</td></tr>");
        }

        Line("</table>");
        if (f.Income.Count > 0)
        {
            Line("<table><tr><th>Member</th><th>Income</th><th>Amount</th><th>Frequency</th></tr>");
            foreach (var i in f.Income)
            {
                Line($"<tr><td>{i.Member + 1}</td><td>{E(CaseFactsValidator.Token(i.Type))}</td><td>{E(i.Amount.ToString("N2", CultureInfo.InvariantCulture))}</td><td>{E(CaseFactsValidator.Token(i.Frequency))}</td></tr>");
            }

            Line("</table>");
        }

        if (f.Resources.Count > 0)
        {
            Line("<table><tr><th>Resource</th><th>Value</th><th>Exempt</th></tr>");
            foreach (var r in f.Resources)
            {
                Line($"<tr><td>{E(CaseFactsValidator.Token(r.Type))}{(r.Description is null ? "" : " — " + E(r.Description))}</td><td>{E(r.Value.ToString("N2", CultureInfo.InvariantCulture))}</td><td>{(r.Exempt ? "yes" : "no")}</td></tr>");
            }

            Line("</table>");
        }

        if (f.Notes is not null)
        {
            Line($"<p>Notes: {E(f.Notes)}</p>");
        }

        Line("<h2>Figures (computed from the versioned tables, not by a model)</h2><ol>");
        foreach (var step in draft.Figures.Steps)
        {
            Line($"<li>{E(step)}</li>");
        }

        Line("</ol>");
        foreach (var gap in draft.Figures.Unavailable)
        {
            Line($"<p class=\"warn\">Not computed: {E(gap)}</p>");
        }

        Line($"<h2>Reasoning</h2><p>{E(draft.Summary)}</p><ol>");
        foreach (var step in draft.Steps)
        {
            var marks = string.Join("", step.Citations.Select(n => $" [{n}]"));
            var flags = (step.Supported ? "" : " <span class=\"warn\">(unsupported: no verified citation)</span>")
                + (step.UnverifiedFigures.Count == 0 ? "" : $" <span class=\"warn\">(figures not from the calculator: {E(string.Join(", ", step.UnverifiedFigures))})</span>");
            Line($"<li>{E(step.Text)}{E(marks)}{flags}</li>");
        }

        Line("</ol>");
        if (draft.MissingInformation.Count > 0)
        {
            Line("<h2>Information still missing</h2><ul>");
            foreach (var m in draft.MissingInformation)
            {
                Line($"<li>{E(m)}</li>");
            }

            Line("</ul>");
        }

        Line("<h2>Citations</h2>");
        foreach (var c in draft.Citations)
        {
            Line($"<p><strong>[{c.Number}]</strong> {E(c.ManualTitle)}, version {E(c.Version)} (effective {E(c.EffectiveDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}), {E(c.SectionPath)}, "
                + $"page{(c.PageStart == c.PageEnd ? " " + c.PageStart : $"s {c.PageStart}–{c.PageEnd}")} <span class=\"muted\">({E(c.PassageId)})</span></p><blockquote>{E(c.CitedText)}</blockquote>");
        }

        Line("<h2>Audit record</h2><table><tr><th>#</th><th>When</th><th>Who</th><th>What</th><th>Entry hash</th></tr>");
        foreach (var a in audit)
        {
            Line($"<tr><td>{a.Sequence}</td><td>{E(a.At.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture))}</td><td>{E(a.Actor)}</td><td>{E(a.Kind)}</td><td><code>{E(a.Hash)}</code></td></tr>");
        }

        Line("</table><p class=\"muted\">Each audit entry's SHA-256 covers its content and the previous entry's hash; an administrator can verify the whole chain.</p>");
        Line("<p class=\"noprint\"><button onclick=\"window.print()\">Print</button></p></body></html>");
        return b.ToString();
    }

    public static string OutcomeText(DraftOutcome outcome) => outcome switch
    {
        DraftOutcome.LikelyEligible => "Likely eligible",
        DraftOutcome.LikelyIneligible => "Likely ineligible",
        DraftOutcome.CannotTellYet => "Cannot tell yet",
        _ => "Left to the caseworker",
    };
}
