using Eligibility.Core.Answering;
using Eligibility.Core.Retrieval;
using Eligibility.Tests.Anthropic;

namespace Eligibility.Tests.Answering;

/// <summary>
/// A question that names no subject is not answered from whatever passage holds a deadline: asked first, it is met
/// with a request to name the subject; asked after another question, it is read with that question.
/// </summary>
public sealed class VagueQuestionTests(Handbook2025Index handbook) : IClassFixture<Handbook2025Index>
{
    [Theory]
    [InlineData("How long does she have to do it?", true)]
    [InlineData("She turned the form in late. Is that okay?", true)]
    [InlineData("How long does a beneficiary have to report an income change?", false)]
    [InlineData("How many days does she have to ask for a hearing?", false)]
    [InlineData("What about the income change?", false)]
    [InlineData("She turned the renewal form in late. Is that okay?", false)]
    [InlineData("My client got a check for $4,000 last month. Does it count against her?", true)]
    [InlineData("My client got a $4,000 inheritance check last month. Does it count as a resource?", false)]
    [InlineData("A client got a letter from us. What's her deadline to respond?", true)]
    [InlineData("A client got a letter proposing to end her coverage. How long does she have to request a hearing?", false)]
    [InlineData("Is she over the limit?", true)]
    [InlineData("Does the rule apply to her?", true)]
    [InlineData("Does the five-year bar apply to her?", false)]
    [InlineData("Is she over the income limit for the adult group?", false)]
    [InlineData("Is she eligible?", true)]
    [InlineData("Does he qualify?", true)]
    [InlineData("Is she eligible for retroactive coverage?", false)]
    [InlineData("My supervisor says we shouldn't do it that way anymore. Is that allowed?", true)]
    [InlineData("A lady called asking how long we have to make a decision on hers. What's the deadline?", true)]
    [InlineData("My supervisor says we can't accept self-attestation of pregnancy anymore. Is that allowed?", false)]
    [InlineData("A lady called asking how long we have to make a decision on her application. What's the deadline?", false)]
    public void A_question_names_a_subject_or_not(string question, bool vague) =>
        Assert.Equal(vague, VagueQuestions.NamesNoSubject(QueryPlan.For(question, Thesaurus.Default)));

    [Theory]
    [InlineData("A grandmother is raising her grandkids and wants Medicaid for herself as their caretaker relative. Is she under the income limit?", true)]
    [InlineData("Are they still over the asset limit?", true)]
    [InlineData("Is her income below the standard?", true)]
    [InlineData("Is she over the income limit for the adult group?", false)]
    [InlineData("Her income is 120% of the poverty line. Is she under the limit?", false)]
    [InlineData("What is the income limit for a caretaker relative?", false)]
    [InlineData("Single guy in his forties, no kids, just applied. Does he qualify for the adult group?", true)]
    [InlineData("She's in her late sixties and lives alone in an apartment she rents. Is she eligible?", true)]
    [InlineData("I've got a 10-year-old on the application. Which program do I put him in?", true)]
    [InlineData("Single guy in his forties earns $1,400 a month. Does he qualify for the adult group?", false)]
    [InlineData("A 23-year-old aged out of foster care and had Medicaid at 18. Is she eligible?", false)]
    [InlineData("She is pregnant and lives with her mother. Is she eligible?", false)]
    [InlineData("Is she eligible for retroactive coverage?", false)]
    [InlineData("Dad got a raise at the warehouse. Is his 8-year-old still under the Medicaid limit, or does she have to go over to CHIP now?", true)]
    [InlineData("Dad makes $3,100 a month now. Is his 8-year-old still under the Medicaid limit?", false)]
    [InlineData("Client brought in this month's pharmacy and doctor bills. Has she met her spenddown yet so her coverage can start?", true)]
    [InlineData("She had a $400 pharmacy bill and her spenddown is $350. Has she met her spenddown?", false)]
    [InlineData("My medically needy client brought in a stack of medical bills. Is that enough to meet his spenddown this month?", true)]
    [InlineData("My client has run up $640 in medical bills this month. Has she met her spenddown so she can get Medicaid now?", true)]
    [InlineData("My client just got a raise to $19.50 an hour. Is she still under the limit for Medicaid?", true)]
    [InlineData("She makes $19.50 an hour, 30 hours a week, in a household of three. Is she still under the limit for Medicaid?", false)]
    [InlineData("Mom just started a new job at a warehouse. Will the kids stay on Medicaid or get moved to CHIP?", true)]
    [InlineData("Dad's hours went from 20 to 40 and he got more hours on weekends too. Does the family lose their Medicaid?", true)]
    [InlineData("Mom started a new job and now she's over the income limit. Will the kids stay on Medicaid?", false)]
    [InlineData("Mom started a new job paying $4,200 a month. Will the kids stay on Medicaid?", false)]
    [InlineData("Pregnant client started a new job. Does she stay on Medicaid?", false)]
    [InlineData("Our state has continuous eligibility for kids. Dad got a raise. Will the kids stay on Medicaid?", false)]
    public void A_question_whether_someone_is_within_a_limit_gives_its_figures_or_not(string question, bool leftOut) =>
        Assert.Equal(leftOut, VagueQuestions.LeavesOutItsFigures(question));

    [Theory]
    [InlineData("A CHIP mom says the clinic charged her $6 for her son's visit. Was that copay allowed?", true)]
    [InlineData("A CHIP mom says the clinic made her pay $5 for her son's ear infection visit. Was that more than they're allowed to charge?", true)]
    [InlineData("A CHIP family at 140% FPL was charged a $5 copay for an office visit. Is that allowed?", false)]
    [InlineData("Our state pays $32 for a CHIP office visit. Is a $3 copay allowed?", false)]
    [InlineData("Can a CHIP plan charge a $10 copay for a well-child visit?", false)]
    [InlineData("A Native American family was charged a $5 CHIP copay for their son's visit. Is that allowed?", false)]
    [InlineData("A Medicaid client was charged $6 at the pharmacy. Was that allowed?", false)]
    [InlineData("A CHIP family got charged a copay for their daughter's specialist visit last week. Was that copay over the federal maximum?", true)]
    [InlineData("The clinic charged my client's CHIP kid a copay when she brought him in for an ear infection. Was that more than the federal rules allow?", true)]
    [InlineData("Can our CHIP charge this kid a $3 copay for his office visit?", true)]
    [InlineData("Our family is at 140% FPL. Can our CHIP charge this kid a $3 copay for his office visit?", false)]
    [InlineData("A CHIP dad wants to know if the copay the dentist's office charged him is over the federal limit. Is it?", true)]
    [InlineData("The pharmacy charged one of our CHIP moms a copay for her son's inhaler. Was that over the federal limit?", true)]
    [InlineData("The plan charged a CHIP family a $7 copay for their daughter's sick visit. Mom says that can't be legal. Is it?", true)]
    public void A_charge_asked_about_without_the_familys_income_leaves_out_what_CHIPs_limits_turn_on(string question, bool leftOut) =>
        Assert.Equal(leftOut, VagueQuestions.LeavesOutTheIncomeForACharge(question));

    [Theory]
    [InlineData("She dropped her appeal in the mail on the 20th. Did she make it in time?", true)]
    [InlineData("Client faxed her renewal form on March 14. Was it on time?", true)]
    [InlineData("The notice went out on the 1st and she mailed her appeal on the 20th. Did she make it in time?", false)]
    [InlineData("She asked for a hearing 95 days after the notice was mailed. Was it in time?", false)]
    [InlineData("How long does she have to ask for a hearing?", false)]
    public void Whether_a_deadline_was_met_needs_two_dates_or_the_time_between(string question, bool leftOut) =>
        Assert.Equal(leftOut, VagueQuestions.LeavesOutADateForADeadline(question));

    [Fact]
    public async Task Asked_first_it_asks_for_the_subject_and_after_another_question_it_is_read_with_it()
    {
        var ct = TestContext.Current.CancellationToken;
        var assistant = new AssistantService(handbook.Retriever(), new AnsweringOptions(), NoAnswerGenerator.Instance);
        const string question = "How long does she have to do it?";

        var alone = await AskAsync(assistant, new AskRequest("c1", question, new DateOnly(2025, 6, 1), []), ct);
        var followUp = await AskAsync(assistant, new AskRequest("c2", question, new DateOnly(2025, 6, 1), [new("How soon must a beneficiary report an income change?", "Within 10 days of the change.")]), ct);

        Assert.True(alone.OfType<AnswerCompleted>().Single().Abstained);
        Assert.Contains(VagueQuestions.Reason, string.Concat(alone.OfType<AnswerDelta>().Select(d => d.Text)), StringComparison.Ordinal);
        Assert.False(followUp.OfType<AnswerCompleted>().Single().Abstained);
        Assert.Contains("report an income change", followUp.OfType<AnswerStarted>().Single().StandaloneQuestion, StringComparison.Ordinal);
    }

    private static async Task<List<AnswerEvent>> AskAsync(AssistantService assistant, AskRequest request, CancellationToken ct)
    {
        var events = new List<AnswerEvent>();
        await foreach (var e in assistant.AskAsync(request, ct))
        {
            events.Add(e);
        }

        return events;
    }
}
