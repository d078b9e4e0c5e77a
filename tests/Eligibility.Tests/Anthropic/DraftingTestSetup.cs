using Eligibility.Core.Determinations;
using Eligibility.Core.Redaction;
using Eligibility.Core.Retrieval;
using Eligibility.Infrastructure.Anthropic;
using Eligibility.Infrastructure.Anthropic.Drafting;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Anthropic;

/// <summary>Case facts, drafting requests and scripted replies for the Claude determination drafter.</summary>
internal static class DraftingTestSetup
{
    public static readonly DateOnly June2025 = new(2025, 6, 1);

    /// <summary>One adult with 1,500.00 a month in wages: 115.0% of the 2025 poverty level for one, under the 138% limit.</summary>
    public static CaseFacts Facts { get; } = new()
    {
        Program = MediCalProgram.Magi,
        County = "Sacramento",
        BenefitMonth = June2025,
        Household =
        [
            new HouseholdMember { Name = "Maria Lopez", Age = 34, Relationship = Relationship.Self, ImmigrationStatus = ImmigrationStatus.Citizen, Ssn = "123-45-6789" },
        ],
        Income = [new ReportedIncome(0, IncomeType.Wages, 1500m, IncomeFrequency.Monthly)],
        Notes = "Maria Lopez works part time at a grocery store.",
    };

    /// <summary>The calculator input of a model that asks for the wages above.</summary>
    public static object WagesInput { get; } = new { household_size = 1, incomes = new[] { new { kind = "wages", amount = 1500, frequency = "monthly" } } };

    /// <summary>The calculator as the preparing step's kernel names it to Claude.</summary>
    public const string CalculatorTool = "drafting_calculate_income";

    /// <summary>The policy lookup as the preparing step's kernel names it to Claude.</summary>
    public const string LookupTool = "drafting_find_policy";

    /// <summary>Claude's reply ending the preparing step: nothing more to calculate or look up.</summary>
    public static MessagesReply Prepared { get; } = MessagesReply.Message("Countable income: 1,500.00 a month, from the computed figures.");

    /// <summary>Claude asking the preparing step's kernel for the calculator, one tool_use block per input.</summary>
    public static MessagesReply Calculate(params (string Id, object Input)[] calls) =>
        MessagesReply.ToolUse([.. calls.Select(c => (c.Id, CalculatorTool, c.Input))]);

    public static ClaudeDeterminationDrafter Drafter(ClaudeOptions options, CapturingLogger<ClaudeDeterminationDrafter>? logger = null) =>
        new(options, logger ?? new CapturingLogger<ClaudeDeterminationDrafter>());

    /// <summary>What <see cref="DeterminationDrafting"/> would hand the drafter for <paramref name="facts"/> and these passages.</summary>
    public static DraftingRequest Request(CaseFacts? facts = null, IReadOnlyList<RetrievedPassage>? passages = null)
    {
        facts ??= Facts;
        return new DraftingRequest(
            FactsRedactor.Redact(facts).Text,
            passages ?? ClaudeTestSetup.TwoPassages,
            CaseFiguresCalculator.Default.Calculate(facts),
            new IncomeCalculatorTool(CaseFiguresCalculator.Default.Income, facts.BenefitMonth));
    }

    /// <summary>A final draft citing the two passages of <see cref="ClaudeTestSetup.TwoPassages"/>, split into blocks as the API splits a cited reply.</summary>
    public static MessagesReply CitedDraft(string outcome = "likely-eligible") => MessagesReply.Cited(
        new ReplyBlock($"OUTCOME: {outcome}\nSUMMARY: Income is within the limit; the county must still verify it.\nSTEP: "),
        new ReplyBlock("Income changes are reported within 10 days.", new ReplyCitation("mcep@2024-07#0001", "A beneficiary must report a change in income within 10 days of the change.", 0)),
        new ReplyBlock("\nSTEP: "),
        new ReplyBlock("The county acts within 30 days.", new ReplyCitation("mcep@2024-07#0002", "The county must act on a reported change within 30 days.", 1)),
        new ReplyBlock(" "),
        new ReplyBlock("This applies to every reported change.", new ReplyCitation("mcep@2024-07#0001", "A beneficiary must report a change in income", 0)),
        new ReplyBlock("\nMISSING: proof of the last 30 days of wages\nMISSING: none"));
}
