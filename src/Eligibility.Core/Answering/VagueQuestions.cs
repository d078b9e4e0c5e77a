using System.Text.RegularExpressions;
using Eligibility.Core.Retrieval;

namespace Eligibility.Core.Answering;

/// <summary>
/// A question that never says what it is about ("How long does she have to do it?", "She turned the form in late. Is
/// that okay?"): every word of it is a pronoun, a time, a generic act or a generic thing, so any passage with a deadline
/// in it would match. Asked first in a conversation it gets no answer but a request to name the subject; a follow-up
/// is searched with its rewrite, which carries the subject from the earlier turns.
/// </summary>
public static partial class VagueQuestions
{
    /// <summary>
    /// True when the question asks whether someone is within a limit ("Is she under the income limit?") and gives no
    /// figure at all: the manuals set the rule, and whether it is met turns on her income and the state's own standard.
    /// A limit named for a group or program ("… for the adult group?") is still a rule to quote.
    /// </summary>
    public static bool LeavesOutItsFigures(string question) =>
        !question.Any(char.IsDigit) && WithinLimitAsked().IsMatch(QuestionSentences.Asking(question).Trim());

    public const string FiguresReason = "It does not give the figures the answer turns on: say the income or savings, the household's size and the program or group.";

    [GeneratedRegex(@"^(?:is|are)\s+(?:she|he|they|the\s+(?:client|family|household|applicant|child|kid|kids|couple)|my\s+client|(?:her|his|their)\s+(?:income|savings|resources|assets))\s+(?:still\s+)?(?:under|over|below|above|within|at)\s+(?:the|our|any|a)\s+(?:(?:income|asset|resource|property|savings)\s+)?(?:limit|cap|standard|threshold|cutoff)\s*\?$", RegexOptions.IgnoreCase)]
    private static partial Regex WithinLimitAsked();

    /// <summary>True when none of the question's words names a subject.</summary>
    public static bool NamesNoSubject(QueryPlan plan) =>
        plan.Terms.Count > 0 && plan.Terms.All(t => t.Split(' ').All(w => Generic.Contains(Stemmer.Stem(w)) || w.All(char.IsDigit)));

    public const string Reason = "It does not say what it is about: name the program, the rule or the step (an application, a renewal, a notice, a hearing).";

    private static readonly HashSet<string> Generic = new[]
    {
        "long", "much", "many", "soon", "fast", "quick", "quickly", "often",
        "do", "doe", "done", "doing", "have", "get", "got", "need", "take", "go", "make", "made", "happen", "happens",
        "turn", "turned", "hand", "handed", "submit", "submitted", "send", "sent", "return", "returned", "bring", "brought",
        "okay", "ok", "fine", "allowed", "alright", "right", "wrong", "late", "early", "still", "again",
        "time", "times", "day", "days", "week", "weeks", "month", "months", "year", "years", "deadline", "today", "tomorrow",
        "thing", "things", "stuff", "form", "forms", "paper", "papers", "paperwork", "one",
        // money that says nothing of what it is ("a check for $4,000 … does it count against her?"): income, a resource,
        // a refund and a loan are each counted differently
        "check", "checks", "money", "amount", "payment", "payments", "count", "counts", "counted", "against", "last",
        "client", "clients", "person", "someone", "somebody", "customer", "lady", "guy", "man", "woman",
        // a limit, a rule or an approval, of nothing named ("Is she over the limit?", "Does the rule apply to her?")
        "limit", "limits", "rule", "rules", "apply", "applies", "applied", "over", "under", "little", "bit", "back",
        "approve", "approved", "miss", "misses", "missed",
        // a letter and an answer to it, of nothing named ("She got a letter from us. What's her deadline to respond?")
        "letter", "letters", "respond", "response", "reply",
        // whether someone qualifies, for nothing named ("Is she eligible?")
        "eligible", "eligibility", "qualify", "qualifies", "qualified",
    }.Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal);
}
