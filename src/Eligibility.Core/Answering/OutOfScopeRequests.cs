using System.Text.RegularExpressions;
using Eligibility.Core.Retrieval;

namespace Eligibility.Core.Answering;

/// <summary>
/// Requests the manuals are never the answer to, however many of their words the question shares: how to keep
/// something from the agency or falsify a record, a look into someone's case for a personal reason, and asking the
/// assistant to act (call, fax, send, play a video) rather than answer. Read from the sentence that asks, so a story
/// about a client who lied still gets its answer ("we have facts that she lied; how much notice do we owe?").
/// </summary>
public static partial class OutOfScopeRequests
{
    /// <summary>Null when the question is a question about the rules; otherwise why it is not, in one line.</summary>
    public static string? WhyNot(string question)
    {
        var asking = QuestionSentences.Asking(question);
        if (Evasion().IsMatch(asking) || Falsified().IsMatch(asking) || Concealed().IsMatch(question))
        {
            return "It asks how to keep something from the agency or to falsify a record, which the assistant does not help with; the manuals' reporting and verification rules apply.";
        }

        if (PersonalLookUp().IsMatch(asking))
        {
            return "It asks to look into a person's case for a reason other than administering it, which the safeguarding rules do not allow and the assistant does not help with.";
        }

        return ActAsked().IsMatch(asking) || MediaAsked().IsMatch(asking)
            ? "It asks the assistant to do something (call, send, fax, play a recording); the assistant only answers from the manuals' text."
            : null;
    }

    // "How can my client hide…", "help me backdate…", "is there a way to under-report…": a way asked for, and what it would do.
    [GeneratedRegex(@"\b(?:how\s+(?:can|could|do|does|should|would|might|to)|best\s+way|ways?\s+to|is\s+there\s+(?:a|any)\s+way|help\s+(?:me|us|her|him|them)|can\s+you)\b(?:\s+[\w'’-]+){0,4}?\s+(?:hide|conceal|under-?report|avoid\s+reporting|get\s+around|dodge|evade|cheat|trick|fake|falsify|forge|backdate|lie\s+(?:to|about|on))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Evasion();

    // "Write me an affidavit with a fake address": a record asked for, made false.
    [GeneratedRegex(@"^\s*(?:please\s+)?(?:write|make|create|draft|fill\s+out|sign|change|edit|prepare)\b[^.?!]{0,60}?\b(?:fake|false|falsified|made-up|phony|forged|backdated)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Falsified();

    // "…without Medicaid finding out", "…so the county doesn't count it": the point of the question is that the agency not know.
    [GeneratedRegex(@"\bwithout\s+(?:[\w'’-]+\s+){0,3}(?:finding\s+out|knowing|noticing|catching\s+on)\b|\bso\s+(?:that\s+)?(?:the\s+)?(?:county|state|agency|caseworker|medicaid|medi-cal|chip|ssa|irs|they)\s+(?:doesn['’]t|does\s+not|won['’]t|will\s+not|can['’]t|cannot|never)\s+(?:count|find|know|notice|see|learn|catch)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Concealed();

    // "How do I pull up my neighbor's Medicaid case": someone the caseworker knows, not a client.
    [GeneratedRegex(@"\b(?:pull\s+up|look\s+up|look\s+(?:at|into)|check\s+on|check|see|access|view|open|find|get\s+into|read)\s+(?:my|our)\s+(?:neighbou?r|ex|ex-wife|ex-husband|ex-boyfriend|ex-girlfriend|friend|cousin|relative|sister|brother|mother|father|mom|dad|son|daughter|landlord|roommate|coworker|co-worker|boss|tenant|partner|boyfriend|girlfriend|husband|wife)(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:case|record|file|benefits|information|application|eligibility|claims?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PersonalLookUp();

    // "Can you call the client…", "Please fax the renewal form…": an act asked of the assistant ("send me the rule on
    // hearings" asks to be shown text, which it does).
    [GeneratedRegex(@"^\s*(?:(?:please\s+)?(?:can|could|would|will)\s+you\s+(?:please\s+)?|please\s+)?(?:call|phone|text|email|e-mail|fax|mail|send|print|schedule|submit|upload)\s+(?:the|a|an|her|him|them|this|that|my|our|it)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ActAsked();

    // "Show me the training video…": something other than text.
    [GeneratedRegex(@"\b(?:show|play|send|give|find)\s+(?:me|us)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:video|recording|audio|podcast|webinar|picture|photo|image|slides?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MediaAsked();
}
