using System.Text.RegularExpressions;
using Eligibility.Core.Retrieval;

namespace Eligibility.Core.Answering;

/// <summary>
/// Questions about what one state or county itself chose: the limit "our state uses", "our county's policy", the plans
/// "available in our county", the rate "in our state". The federal rules set what a state must or may do and leave
/// these choices to it, so their passages share the words and cannot give the answer. What the federal rules require
/// of the state ("Does our state have to…?", "Can our state's review team decide…?") is not matched.
/// </summary>
public static partial class StateChoices
{
    public const string Reason = "It asks what your state or county itself chose, which the federal rules leave to it; your state's own manual or policy unit is the source.";

    /// <summary>Null unless the sentence that asks wants a state's or county's own choice; then why the manuals cannot answer.</summary>
    public static string? WhyNot(string question)
    {
        var asking = QuestionSentences.Asking(question);
        return Chosen().IsMatch(asking) || Owned().IsMatch(asking) || Local().IsMatch(asking) || StateProgramsFigure().IsMatch(asking)
            || (MediCalShareOfCost().IsMatch(question) && !FederalRuleAsked().IsMatch(asking)) ? Reason : null;
    }

    // Medi-Cal's "Share of Cost": California's own name, and its own budgeting, for what the federal rules call a spenddown.
    [GeneratedRegex(@"\bmedi[-\s]cal\b[^.?!]*\bshare\s+of\s+cost\b|\bshare\s+of\s+cost\b[^.?!]*\bmedi[-\s]cal\b", RegexOptions.IgnoreCase)]
    private static partial Regex MediCalShareOfCost();

    // "What do the federal rules say about…", "Is there a federal rule…": the federal rule under the state's name is asked.
    [GeneratedRegex(@"\bfederal\b|\bcfr\b|\bregulations?\b", RegexOptions.IgnoreCase)]
    private static partial Regex FederalRuleAsked();

    // "How much does Medi-Cal let her keep each month?", "What's Medi-Cal's share of cost for her?": a figure of the state's
    // own program, by its name, which the state sets within the federal floors.
    [GeneratedRegex(@"\b(?:how\s+much|what(?:['’]s|\s+is|\s+are)?)\b[^?]*?\bmedi[-\s]cal\b[^?]*?\b(?:let|lets|allow|allows|give|gives|keep|pay|pays|amount|limit|level|allowance|share\s+of\s+cost)\b|\bmedi[-\s]cal['’]s\s+(?:[\w-]+\s+){0,2}?(?:limit|level|allowance|amount|standard)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StateProgramsFigure();

    // "What income limit does our state use…?", "How many days does our state give…?", "…the level our county uses?"
    [GeneratedRegex(@"\b(?:what|which|how\s+many|how\s+much)\b[^?]*?\b(?:(?:does|do|did|will)\s+our\s+(?:state|county)\s+(?:use|give|charge|pay|set|offer|allow)|our\s+(?:state|county)\s+(?:uses|gives|charges|pays|sets|offers|allows))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Chosen();

    // "What's our county's policy on…?", "What is our state's CHIP premium…?"
    [GeneratedRegex(@"\b(?:what|which)(?:['’]s|\s+is|\s+are)?\s+our\s+(?:state|county)['’]s\s+(?:[\w-]+\s+){0,2}?(?:policy|policies|procedure|procedures|premiums?|rates?|limits?|standards?|level|amounts?|fees?|plans?|deadlines?|hours)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Owned();

    // "Which managed care plans are available in our county?", "What's the reimbursement rate for a nursing home in our state?"
    [GeneratedRegex(@"\b(?:what|which|how\s+much)\b[^?]*?\b(?:(?:available|offered)\s+in\s+our\s+(?:state|county)\b|in\s+our\s+(?:state|county)\s*\?)", RegexOptions.IgnoreCase)]
    private static partial Regex Local();
}
