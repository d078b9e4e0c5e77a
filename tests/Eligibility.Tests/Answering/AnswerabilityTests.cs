using Eligibility.Core.Answering;
using Eligibility.Core.Retrieval;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Answering;

/// <summary>
/// The signals that decide whether the manuals answer, each on the shared corpus (versions effective 2019-10-01 and
/// 2020-11-02): a later year's figure, a dollar amount the passages do not hold, a name asked about that the manuals
/// never mention (a related term does not count), a name only in the story around the question (it does not matter).
/// </summary>
public sealed class AnswerabilityTests(IngestedCorpus corpus) : IClassFixture<IngestedCorpus>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(string? Why, RetrievalResult Result)> AskAsync(string question, DateOnly? asOf = null, int top = 10)
    {
        corpus.Require();
        var result = await corpus.Data.Retriever.SearchAsync(new RetrievalRequest(question, asOf ?? new DateOnly(2026, 12, 1), null, top), Ct);
        return (Answerability.WhyNot(result, new AnsweringOptions()), result);
    }

    [Fact]
    public async Task A_figure_for_a_year_after_every_version_in_effect_is_refused_and_says_why()
    {
        var (why, _) = await AskAsync("What is the federal poverty level for a family of four in 2024?");
        Assert.Equal("They were issued on or before 2020-11-02, so they cannot give 2024's figures or rules.", why);

        var (rule, _) = await AskAsync("Under the 2024 final rule, can states still lock out CHIP families who do not pay premiums?");
        Assert.StartsWith("They were issued on or before 2020-11-02", rule, StringComparison.Ordinal);

        var (copay, _) = await AskAsync("What's the updated max CHIP copay for a clinic visit in federal fiscal year 2024?");
        Assert.Equal("They were issued on or before 2020-11-02, so they cannot give 2024's figures or rules.", copay);

        var (line, _) = await AskAsync("Mom has three kids and makes about $3,100 a month. What's the 2025 poverty line for a family of four, so I can see where she falls?");
        Assert.Equal("They were issued on or before 2020-11-02, so they cannot give 2025's figures or rules.", line);
    }

    [Fact]
    public async Task A_later_years_change_or_a_figure_for_this_years_is_refused()
    {
        var (change, _) = await AskAsync("Does the 2023 postpartum extension give a new mother twelve months of coverage?");
        Assert.Equal("They were issued on or before 2020-11-02, so they cannot give 2023's figures or rules.", change);

        var (figure, _) = await AskAsync("What is this year's monthly income cap for the medically needy?");
        Assert.Equal("They were issued on or before 2020-11-02, so they cannot give 2026's figures or rules.", figure);
    }

    [Fact]
    public async Task A_medicare_cost_the_manuals_never_name_is_refused_by_name()
    {
        var (why, _) = await AskAsync("What is the Medicare Part A deductible for a hospital stay?");
        Assert.Equal("They do not mention \"part a deductible\".", why);
    }

    [Fact]
    public async Task This_year_is_the_year_of_the_date_asked_about()
    {
        const string question = "When does open enrollment for Exchange plans end this year?";
        var (today, _) = await AskAsync(question);
        Assert.Equal("They were issued on or before 2020-11-02, so they cannot give 2026's figures or rules.", today);
        var (premium, _) = await AskAsync("How much is the standard Medicare Part B premium a dual-eligible client would pay this year?");
        Assert.Equal("They were issued on or before 2020-11-02, so they cannot give 2026's figures or rules.", premium);

        // As of a date in 2020, "this year" is a year the manuals were issued in: not the reason, if any.
        var (then, _) = await AskAsync(question, new DateOnly(2020, 12, 1));
        Assert.False(then?.Contains("cannot give", StringComparison.Ordinal) ?? false, then);
    }

    [Fact]
    public async Task A_year_in_the_story_does_not_refuse_a_question_the_manuals_answer()
    {
        var (why, _) = await AskAsync("A client has been on Medicaid since 2019 and moved in 2024. How far ahead of a termination must the notice be mailed?");
        Assert.Null(why);
    }

    [Fact]
    public async Task A_dollar_amount_the_passages_do_not_hold_is_refused()
    {
        var (why, _) = await AskAsync("How much is the monthly CHIP premium for a family of three at 200% of poverty?");
        Assert.Equal("They give no dollar amount for this.", why);

        var (table, _) = await AskAsync("A family at 140% of poverty needs a lab test the state pays $32 for. What is the most the state may charge them as a copayment?");
        Assert.Null(table);

        // The passages found hold amounts ("$30 … earnings disregard", "SSI dollar limits"), but none on what is asked.
        var (premium, _) = await AskAsync("How much is the standard Medicare Part B premium a dual-eligible client pays?");
        Assert.Equal("They give no dollar amount for this.", premium);
        var (allowance, _) = await AskAsync("What's the federal minimum a nursing home resident keeps each month as a personal needs allowance, in dollars?");
        Assert.Null(allowance);
    }

    [Fact]
    public async Task A_figure_the_question_gives_as_the_rule_must_be_in_the_passages_on_it()
    {
        // $50,000 is in the manuals (a cap on provider donations), but not on estate recovery.
        var (cap, _) = await AskAsync("The federal rules cap Medicaid estate recovery at $50,000 per estate. Does that cap apply per spouse or per household?");
        Assert.Equal("They do not give the figure the question takes as the rule ($50,000).", cap);

        // The 6.2 percentage point increase came with the 2020-11-02 version: before it, the question is about a rule not yet there.
        const string question = "To keep the temporary 6.2 percentage point FMAP increase, may the state move a beneficiary from full Medicaid coverage to a Medicare Savings Program group?";
        var (before, _) = await AskAsync(question, new DateOnly(2020, 7, 1));
        Assert.Equal("They do not give the figure the question takes as the rule (6.2 percentage point).", before);
        var (after, _) = await AskAsync(question, new DateOnly(2021, 1, 1));
        Assert.Null(after);

        // A rule cited as the question's premise: its figures must be there too (the CHIP rule's waiting period is 90 days at most).
        var (months, _) = await AskAsync("Since the federal CHIP rule says kids have to go at least six months without job-based coverage before the state can help pay for a parent's employer plan, how do I count the six months?");
        Assert.Equal("They do not give the figure the question takes as the rule (six months).", months);
        var (days, _) = await AskAsync("Since the rules say the notice must be mailed at least 10 days before the date of action, can we mail it 5 days before?");
        Assert.Null(days);

        // Figures about the case are not rules: the table's ranges answer them without holding them.
        var (copay, _) = await AskAsync("A CHIP child's family is at 130% of poverty and the state pays $12 for the visit. What's the most we can charge as a copay?");
        Assert.Null(copay);
    }

    [Fact]
    public async Task A_figure_given_as_the_other_bound_than_the_rule_sets_is_refused()
    {
        var (least, _) = await AskAsync("Since the federal CHIP rules require families to pay a premium of at least 5 percent of their income, how do I work out the minimum monthly premium for a family of three?");
        Assert.Equal("They set 5 percent as a most, not a least, so the question's premise is not the rule.", least);

        // The same figure as the ceiling it is: the premise is the rule's, and the question is answered.
        var (most, _) = await AskAsync("Since the federal CHIP rules cap a family's total cost sharing at 5 percent of its income, what counts toward that cumulative maximum?");
        Assert.Null(most);
    }

    [Fact]
    public async Task A_figure_in_a_duty_the_question_takes_as_given_must_be_the_rules()
    {
        var (wrong, _) = await AskAsync("Since MAGI renewals have to happen every 6 months, when should the renewal form go out?");
        Assert.Equal("They do not give the figure the question takes as the rule (6 months).", wrong);

        // The rule's own figure is answered; so is a duty of the person in the case, which is a fact of the case.
        var (right, _) = await AskAsync("Since MAGI renewals have to happen every 12 months, when should the renewal form go out?");
        Assert.Null(right);
        var (own, _) = await AskAsync("Since she has to pay $40 a month in premiums, can the state charge her copays too?");
        Assert.Null(own);
    }

    [Fact]
    public async Task A_span_taken_as_given_must_be_the_rules()
    {
        var (wrong, _) = await AskAsync("Since a CHIP premium lock-out lasts up to 6 months, can the family come back sooner if they pay?");
        Assert.Equal("They do not give the figure the question takes as the rule (6 months).", wrong);

        var (right, _) = await AskAsync("Since a CHIP premium lock-out lasts up to 90 days, can the family come back sooner if they pay?");
        Assert.Null(right);
    }

    [Fact]
    public async Task An_age_or_a_deadline_a_program_is_said_to_have_must_be_the_rules()
    {
        var (age, _) = await AskAsync("Because CHIP covers kids up to age 21, can we keep a 20-year-old college student on his family's CHIP plan?");
        Assert.Equal("They do not give the figure the question takes as the rule (age 21).", age);
        var (trueAge, _) = await AskAsync("Because CHIP covers children up to age 19, can we keep an 18-year-old student enrolled?");
        Assert.Null(trueAge);

        var (deadline, _) = await AskAsync("Given that the agency has a 30-day deadline to issue a fair hearing decision, what happens when it misses it?");
        Assert.Equal("They do not give the figure the question takes as the rule (30-day).", deadline);
        var (trueDeadline, _) = await AskAsync("Given that the agency has a 90-day deadline to take final administrative action on a fair hearing, what happens when it misses it?");
        Assert.Null(trueDeadline);
    }

    [Fact]
    public async Task A_rule_stated_as_fact_before_the_question_must_be_the_rules()
    {
        var (wrong, _) = await AskAsync("People approved for SSI have to wait 24 months before their Medicaid starts. Can we use medically needy coverage meanwhile?");
        Assert.Equal("They do not give the figure the question takes as the rule (24 months).", wrong);

        var (right, _) = await AskAsync("Beneficiaries have to request a fair hearing within 90 days of the notice. Can she still ask after 60 days?");
        Assert.Null(right);
    }

    [Fact]
    public async Task An_amount_set_anew_each_year_asked_for_as_it_is_today_is_the_as_of_years()
    {
        var (premium, _) = await AskAsync("My client wants to know the standard Part B premium right now. What is it per month?");
        Assert.Equal("They were issued on or before 2020-11-02, so they cannot give 2026's figures or rules.", premium);

        var (rule, _) = await AskAsync("Does the state pay the Part B premium for a qualified Medicare beneficiary?");
        Assert.False(rule?.StartsWith("They were issued", StringComparison.Ordinal) ?? false, rule);
    }

    [Fact]
    public async Task A_program_a_manual_is_about_is_mentioned_by_that_manuals_passages()
    {
        // Part 457's cost-sharing sections say "targeted low-income children", not "CHIP"; the manual is about CHIP.
        var (chip, result) = await AskAsync("Can our CHIP program charge higher-income families lower premiums than the lower-income families?");
        Assert.Null(chip);
        Assert.StartsWith("42-cfr-457", result.Passages[0].Passage.Id, StringComparison.Ordinal);

        // A program no manual is about is still refused by name.
        var (liheap, _) = await AskAsync("Is LIHEAP energy help counted for a household on Medicaid?");
        Assert.Equal("They do not mention \"liheap\".", liheap);
    }

    [Fact]
    public async Task Points_of_federal_match_a_state_claims_must_be_in_the_version_in_effect()
    {
        const string question = "The state is claiming the extra 6.2 points of federal match. Can we move a client to a Medicare Savings Program only?";
        var (before, _) = await AskAsync(question, new DateOnly(2020, 7, 1));
        Assert.Equal("They do not give the figure the question takes as the rule (6.2 points).", before);

        var (after, _) = await AskAsync(question, new DateOnly(2021, 3, 1));
        Assert.False(after?.StartsWith("They do not give the figure", StringComparison.Ordinal) ?? false, after);
    }

    [Fact]
    public async Task A_long_term_care_term_of_art_the_manuals_never_use_is_refused_by_name()
    {
        var (why, _) = await AskAsync("She sold her house to her nephew for a dollar last year and now needs a nursing home. Will a transfer penalty apply?");
        Assert.Equal("They do not mention \"transfer penalty\".", why);
    }

    [Fact]
    public async Task A_change_in_the_rules_taken_as_given_is_refused_and_a_change_in_the_case_is_not()
    {
        var (rule, _) = await AskAsync("Because the federal rules now require an asset test for expansion adults, what asset limit do we use?");
        Assert.Equal("The question takes as given that the federal rules now require an asset test for expansion adults, which they do not say.", rule);

        var (program, _) = await AskAsync("Since MAGI no longer counts alimony, how do I budget a divorced mother's income?");
        Assert.StartsWith("The question takes as given that MAGI no longer counts alimony", program, StringComparison.Ordinal);

        var (own, _) = await AskAsync("Since Medicaid now covers her, can she be charged CHIP premiums for the same months?");
        Assert.False(own?.StartsWith("The question takes as given", StringComparison.Ordinal) ?? false, own);

        var (charged, _) = await AskAsync("Now that CHIP families can be charged up to 10 percent of their income in premiums, can we raise hers?");
        Assert.Equal("They do not give the figure the question takes as the rule (10 percent).", charged);

        var (dropped, _) = await AskAsync("Since the federal requirement to give a Social Security number was dropped, what do we enter for an applicant who has one?");
        Assert.StartsWith("The question takes as given that the federal requirement to give a Social Security number was dropped", dropped, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rule_said_to_be_back_or_a_figure_said_to_be_the_rule_now_is_checked()
    {
        var (back, _) = await AskAsync("Now that the asset test is back for MAGI Medicaid, what's the asset limit for a mom and two kids?");
        Assert.StartsWith("The question takes as given that the asset test is back for MAGI Medicaid", back, StringComparison.Ordinal);

        var (now, _) = await AskAsync("Since spenddown budget periods are a full 12 months now, can I just add up her whole year of bills in one go?");
        Assert.Equal("They do not give the figure the question takes as the rule (12 months).", now);

        // Only the five passages an answer is drawn from are read for the figure: "up to six months" in a passage on SSI
        // groups further down is not the renewal rule, and a paragraph's number "(6)" is no figure at all.
        var (renewal, _) = await AskAsync("Since MAGI renewals are every six months now, when should I send the renewal packet for a client who got approved in March?");
        Assert.Equal("They do not give the figure the question takes as the rule (six months).", renewal);

        var (went, _) = await AskAsync("Since MAGI Medicaid went to 6-month renewals, can I send this family's renewal packet out early?");
        Assert.Equal("They do not give the figure the question takes as the rule (6-month).", went);

        var (story, _) = await AskAsync("Since she is 19 now, does she move from CHIP to the adult group?");
        Assert.False(story?.StartsWith("They do not give the figure", StringComparison.Ordinal) ?? false, story);
    }

    [Fact]
    public async Task How_much_of_a_check_someone_keeps_is_a_rule_not_a_dollar_figure_to_refuse_for()
    {
        var (why, _) = await AskAsync("Grandpa is in a nursing home on medically needy Medicaid. How much of his check does he get to keep for personal stuff each month? And can he keep some money to hold onto his apartment while he's there?");
        Assert.NotEqual("They give no dollar amount for this.", why);

        var (monthly, _) = await AskAsync("Grandpa gets waiver services at home. How much of his monthly income does he get to keep for himself before the rest goes to his care?");
        Assert.NotEqual("They give no dollar amount for this.", monthly);

        var (own, _) = await AskAsync("Dad is in a nursing home on the medically needy program. Once he's on, how much of his own money does he get to keep each month for toiletries and clothes?");
        Assert.NotEqual("They give no dollar amount for this.", own);

        var (keep, _) = await AskAsync("Grandpa's in a nursing home on medically needy Medicaid and nearly all his Social Security goes to the home. Grandma is still at home with almost no income. Can part of his check go to her instead, and how much does he get to keep?");
        Assert.NotEqual("They give no dollar amount for this.", keep);
    }

    [Fact]
    public async Task A_rule_said_to_be_gone_is_refused_and_a_case_dropped_by_someone_is_not()
    {
        var (gone, _) = await AskAsync("Since they did away with the personal needs allowance, the nursing home gets his whole check now. Do I still budget clothing money?");
        Assert.StartsWith("The question takes as given that they did away with the personal needs allowance", gone, StringComparison.Ordinal);

        var (rid, _) = await AskAsync("Since Medicaid got rid of the asset test for everybody, I don't need to ask Grandma about her savings, right?");
        Assert.StartsWith("The question takes as given that Medicaid got rid of the asset test for everybody", rid, StringComparison.Ordinal);

        var (eliminated, _) = await AskAsync("Now that retroactive Medicaid was eliminated back in 2019, how do I explain that last month's hospital bills won't be covered?");
        Assert.StartsWith("The question takes as given that retroactive Medicaid was eliminated", eliminated, StringComparison.Ordinal);

        var (abolished, _) = await AskAsync("Now that Medicaid's claim against people's estates was abolished, the family can just sell grandma's house after she passes, right?");
        Assert.StartsWith("The question takes as given that Medicaid's claim against people's estates was abolished", abolished, StringComparison.Ordinal);

        var (banned, _) = await AskAsync("Since CHIP isn't allowed to charge families premiums anymore, how do we refund the family that already paid?");
        Assert.StartsWith("The question takes as given that CHIP isn't allowed to charge families premiums anymore", banned, StringComparison.Ordinal);

        var (story, _) = await AskAsync("Since they dropped her coverage, can she ask for a fair hearing?");
        Assert.False(story?.StartsWith("The question takes as given", StringComparison.Ordinal) ?? false, story);

        var (state, _) = await AskAsync("Since the state now uses MAGI for the adult group, do we still count assets for him?");
        Assert.False(state?.StartsWith("The question takes as given", StringComparison.Ordinal) ?? false, state);
    }

    [Fact]
    public async Task A_date_after_every_version_for_when_a_rule_ended_is_refused()
    {
        var (why, _) = await AskAsync("Did the public health emergency end on May 11, 2023?");
        Assert.Equal("They were issued on or before 2020-11-02, so they cannot give 2023's figures or rules.", why);
    }

    [Fact]
    public async Task A_programs_own_name_the_manuals_relate_but_do_not_use_is_refused()
    {
        var (why, _) = await AskAsync("How many hours of IHSS can a disabled adult get each month?");
        Assert.Equal("They do not mention \"ihss\".", why);

        var (budget, _) = await AskAsync("Does the 2025 federal budget bill change Medicaid funding for expansion adults?");
        Assert.Equal("They were issued on or before 2020-11-02, so they cannot give 2025's figures or rules.", budget);
    }

    [Fact]
    public async Task A_states_own_choice_is_refused_though_the_passages_share_its_words()
    {
        var (why, result) = await AskAsync("What income limit does our state use for the medically needy?");
        Assert.Equal(StateChoices.Reason, why);
        Assert.Contains(result.Passages.Take(3), p => p.Passage.Text.Contains("medically needy", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Property_the_manuals_never_name_is_refused_by_name()
    {
        var (why, _) = await AskAsync("How should I treat a client's cryptocurrency when I count her resources?");
        Assert.Equal("They do not mention \"cryptocurrency\".", why);
    }

    [Fact]
    public async Task Todays_poverty_guideline_in_dollars_is_the_as_of_years_figure()
    {
        var (current, _) = await AskAsync("What's the current federal poverty level for a household of three?");
        Assert.Equal("They were issued on or before 2020-11-02, so they cannot give 2026's figures or rules.", current);

        // A percentage of it is a rule, and which year's guideline applies is a question about the rule.
        var (percent, _) = await AskAsync("What's the current FPL percentage for the adult group?");
        Assert.False(percent?.StartsWith("They were issued", StringComparison.Ordinal) ?? false, percent);
        var (which, _) = await AskAsync("Is the federal poverty level used for CHIP the current one or last year's?");
        Assert.False(which?.StartsWith("They were issued", StringComparison.Ordinal) ?? false, which);

        var (cutoff, _) = await AskAsync("What's the dollar income cutoff for a pregnant woman in a household of two?");
        Assert.Equal("They give no dollar amount for this.", cutoff);
    }

    [Fact]
    public async Task A_benefit_rate_asked_for_is_a_dollar_amount_the_passages_must_hold()
    {
        var (why, _) = await AskAsync("What's the SSI federal benefit rate for one person in 2019?");
        Assert.Equal("They give no dollar amount for this.", why);
    }

    [Fact]
    public async Task An_amount_to_weigh_against_a_limit_needs_a_dollar_limit_on_the_topic()
    {
        var (why, _) = await AskAsync("A family of three earns $3,400 a month. Do they qualify for Medicaid?");
        Assert.Equal("They give no dollar limit to weigh $3,400 a month against.", why);

        // A dollar figure on something else ("$10 million" for a CHIP spending limit) is no limit on income.
        var (brief, _) = await AskAsync("Her income is $2,100 a month. Is she under the limit?");
        Assert.Equal("They give no dollar limit to weigh $2,100 a month against.", brief);

        // A figure the table's ranges hold is weighed there; and "how much notice" asks for time, not dollars.
        var (copay, _) = await AskAsync("A CHIP family at 140% of poverty gets a service the state pays $20 for. Is a $2.30 copay over the federal maximum?");
        Assert.Null(copay);
        var (notice, _) = await AskAsync("We have verified facts that a client lied about her income on her renewal. How much advance notice do we owe her before we close the case?");
        Assert.Null(notice);
    }

    [Fact]
    public async Task A_fine_asked_for_is_a_dollar_amount_the_passages_must_hold()
    {
        var (why, _) = await AskAsync("What fine does the federal regulation impose on a hospital that gets disqualified from making presumptive eligibility determinations?");
        Assert.Equal("They give no dollar amount for this.", why);
    }

    [Fact]
    public async Task A_name_asked_about_must_be_mentioned_not_only_a_related_term()
    {
        var (why, result) = await AskAsync("How many months of CalWORKs cash aid can an adult receive in a lifetime?");
        Assert.Contains("calworks", result.UnknownNames);
        Assert.Equal("They do not mention \"calworks\".", why);

        // A county system is searched by what it does, but passages on claims systems do not mention it.
        var (system, _) = await AskAsync("Which screen in CalSAWS do I use to record a client's reported income change?");
        Assert.Equal("They do not mention \"calsaws\".", system);

        var (covid, _) = await AskAsync("Under the COVID-19 continuous enrollment condition, who counts as validly enrolled?", new DateOnly(2020, 6, 1));
        Assert.Equal("They do not mention \"covid\".", covid);
        var (later, _) = await AskAsync("Under the COVID-19 continuous enrollment condition, who counts as validly enrolled?", new DateOnly(2021, 2, 1));
        Assert.Null(later);

        // Another name for a phrase the name is in ("COVID bump" is the temporary FMAP increase) is not another name for
        // it: a 2019 passage on FMAP increases does not mention COVID.
        var (bump, _) = await AskAsync("With the state claiming the COVID bump, can it move a client from full Medicaid to a Medicare Savings Program only?", new DateOnly(2020, 9, 14));
        Assert.Equal("They do not mention \"covid\".", bump);
    }

    [Fact]
    public async Task A_name_in_the_story_that_only_a_later_version_uses_refuses_before_it()
    {
        const string question = "Client just started a job that puts her way over the income limit. Everyone says we can't close anybody because the state is taking the extra COVID federal money. Do we have to keep her on, and at what level of coverage?";
        var (before, _) = await AskAsync(question, new DateOnly(2020, 9, 14));
        Assert.Equal("They do not mention \"covid\"; the version of 42-cfr-433 that does, 2020-11-02, took effect on 2020-11-02, after this date.", before);

        var (after, _) = await AskAsync(question, new DateOnly(2021, 2, 1));
        Assert.Null(after);

        // A story that only tells of COVID, and asks about another rule, is answered from that rule.
        var (story, _) = await AskAsync("A client stopped working when the COVID outbreak closed her restaurant. How fast does the agency have to act on her report of lower income?", new DateOnly(2020, 6, 15));
        Assert.Null(story);
    }

    [Fact]
    public async Task The_coronavirus_emergency_in_the_story_with_a_question_about_the_federal_match_refuses_before_the_version_that_has_it()
    {
        const string question = "During the coronavirus emergency, one of our full-coverage clients turned out to qualify only for the Medicare Savings Program. If we move her down to MSP-only, does that still count as keeping her enrolled for the bigger federal match?";
        var (before, _) = await AskAsync(question, new DateOnly(2020, 6, 30));
        Assert.Equal("They do not mention \"coronavirus\"; the version of 42-cfr-433 that does, 2020-11-02, took effect on 2020-11-02, after this date.", before);

        var (bump, _) = await AskAsync("A client on full Medicaid turned out to qualify for a Medicare Savings Program during the coronavirus emergency. Can we move her down to just the savings program and still keep the state's federal bump?", new DateOnly(2020, 9, 15));
        Assert.StartsWith("They do not mention \"coronavirus\"", bump, StringComparison.Ordinal);

        var (story, _) = await AskAsync("A client stopped working when the coronavirus outbreak closed her restaurant. How fast does the agency have to act on her report of lower income?", new DateOnly(2020, 6, 15));
        Assert.Null(story);
    }

    [Fact]
    public async Task The_pandemic_and_the_law_named_for_it_are_refused_before_the_version_that_has_them()
    {
        const string pandemic = "A client moved to Oregon and never answered our letter. Under the pandemic rule that keeps people enrolled for the extra federal money, can we end her coverage?";
        var (before, _) = await AskAsync(pandemic, new DateOnly(2020, 7, 15));
        Assert.StartsWith("They do not mention \"pandemic\"", before, StringComparison.Ordinal);
        var (after, _) = await AskAsync(pandemic, new DateOnly(2021, 3, 1));
        Assert.Null(after);

        const string law = "Under the Families First continuous coverage condition, can we move a client from full Medicaid down to only the Medicare Savings Program?";
        var (lawBefore, result) = await AskAsync(law, new DateOnly(2020, 8, 1));
        Assert.Equal(["Families First"], result.UnknownLaws);
        Assert.Equal("The question rests on the Families First law, which they do not mention.", lawBefore);
        var (_, later) = await AskAsync(law, new DateOnly(2021, 3, 1));
        Assert.Empty(later.UnknownLaws);
    }

    [Fact]
    public async Task Coverage_taken_to_end_at_the_birth_is_a_premise_the_postpartum_rule_refutes()
    {
        var (why, _) = await AskAsync("Because her pregnancy Medicaid stops when she delivers, how does she get her checkup six weeks later covered?");
        Assert.Equal("The question takes as given that her pregnancy Medicaid stops when she delivers, which they do not say: they cover her through a postpartum period after the pregnancy ends.", why);

        // The postpartum rule may stand below the five passages an answer is drawn from (here among the twenty the assistant
        // reads); it still refutes the premise.
        var (deeper, found) = await AskAsync("Since a new mom's Medicaid stops the day the baby is born, what should I tell my client who is due soon about getting her own checkup paid for?", top: 20);
        Assert.DoesNotContain(found.Ranked.Take(5), p => p.Passage.Text.Contains("postpartum period", StringComparison.OrdinalIgnoreCase));
        Assert.StartsWith("The question takes as given that a new mom's Medicaid stops the day the baby is born", deeper, StringComparison.Ordinal);

        var (asked, _) = await AskAsync("She delivered last week. How long does her pregnancy coverage last after the birth?");
        Assert.False(asked?.Contains("takes as given", StringComparison.Ordinal) ?? false, asked);
    }

    [Fact]
    public async Task A_span_a_program_is_said_to_make_families_wait_is_a_figure_to_check()
    {
        var (why, _) = await AskAsync("Since CHIP makes families wait 12 months without insurance after they drop a job plan, can the kids apply during that year?");
        Assert.Equal("They do not give the figure the question takes as the rule (12 months).", why);
    }

    [Fact]
    public async Task How_often_a_rule_is_said_to_run_is_a_figure_to_check()
    {
        var (why, _) = await AskAsync("Since MAGI renewals happen twice a year now, when is her next one due if she was approved in May?");
        Assert.Equal("They do not give the figure the question takes as the rule (twice a year).", why);
    }

    [Fact]
    public async Task Child_support_collected_through_the_child_support_agency_is_the_manuals_subject()
    {
        // The child support agency is where the manuals send a case for medical support (the IV-D agency): not a neighbour's term.
        var (why, result) = await AskAsync("Mom named the kids' father on the application. Do I have to refer the case to child support services so they can go after medical support?");
        Assert.Null(why);
        Assert.Contains("433.147", result.Passages[0].Passage.SectionPath.Leaf, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wait_for_residency_and_a_pregnant_womans_duty_to_name_the_father_are_premises_the_manuals_contradict()
    {
        var (wait, _) = await AskAsync("Since people who just moved here have to wait out the residency waiting period, what proof of their move-in date do I ask for?", top: 20);
        Assert.Equal("The question takes as given that people who just moved here have to wait out the residency waiting period, which they do not say: they bar denying Medicaid because someone has not lived in the state for a set time.", wait);

        var (father, _) = await AskAsync("Since pregnant women now have to name the father and help child support before they get Medicaid, what do I do when my client won't?", top: 20);
        Assert.StartsWith("The question takes as given that pregnant women now have to name the father", father, StringComparison.Ordinal);
        Assert.EndsWith("pregnant women are exempt from cooperating in establishing a child's paternity.", father, StringComparison.Ordinal);

        var (asked, _) = await AskAsync("Does a pregnant woman have to name the father to get Medicaid?", top: 20);
        Assert.False(asked?.Contains("takes as given", StringComparison.Ordinal) ?? false, asked);
    }

    [Fact]
    public async Task A_year_a_keep_and_a_dropped_requirement_taken_as_given_are_checked()
    {
        var (year, _) = await AskAsync("Since families get a whole year after a notice to ask for a hearing, can my client still file eleven months later?");
        Assert.Equal("They do not give the figure the question takes as the rule (a whole year).", year);

        var (keep, _) = await AskAsync("Since new moms only keep Medicaid for 30 days after delivery, when do I close her case?");
        Assert.Equal("They do not give the figure the question takes as the rule (30 days).", keep);

        var (dropped, _) = await AskAsync("Now that denial notices don't have to be mailed anymore, can we just call the client?");
        Assert.Equal("The question takes as given that denial notices don't have to be mailed anymore, which they do not say.", dropped);
    }

    [Fact]
    public async Task A_program_a_manual_in_effect_is_about_is_never_an_unknown_name()
    {
        // The MAGI rules of Part 435 lead here, and none of the five best passages names CHIP.
        var (why, result) = await AskAsync("For a kid applying for separate CHIP, do we count the family's income the same way we do for MAGI Medicaid, or is there a different method?");
        Assert.DoesNotContain("chip", result.UnknownNames);
        Assert.Null(why);
    }

    [Fact]
    public async Task Back_rent_is_next_to_the_manuals_not_in_them()
    {
        var (why, _) = await AskAsync("Her landlord is threatening to put her out. Can Medicaid help cover her back rent?");
        Assert.Equal("They do not mention \"back rent\".", why);
    }

    [Fact]
    public async Task What_to_tell_the_client_asks_what_the_sentence_before_it_tells()
    {
        var (why, _) = await AskAsync("Mom's Medicaid just got approved. She's also asking how much CalWORKs cash a family of three gets each month. What do I tell her?");
        Assert.Equal("They do not mention \"calworks\".", why);
    }

    [Fact]
    public async Task A_name_the_manuals_use_all_the_time_need_not_be_in_the_best_passages()
    {
        // CMS is in a fifth of the passages; the cost-sharing passages this question finds first happen not to name it.
        var (why, result) = await AskAsync("Rumor is the state is raising CHIP copays and premiums next month, before CMS has signed off. How long can a change like that stay in place if the state hasn't sent it to CMS, do families have to be warned first, and is there a ceiling on what her family can end up paying altogether?");
        Assert.DoesNotContain("cms", result.UnknownNames);
        Assert.False(why?.Contains("mention", StringComparison.Ordinal) ?? false, why);
    }

    [Fact]
    public async Task What_a_question_asks_to_be_paid_for_or_covered_is_the_storys_name()
    {
        var (why, _) = await AskAsync("Client's doctor wants her on Ozempic for weight loss. Will Medicaid pay for it?");
        Assert.Equal("They do not mention \"ozempic\".", why);

        var (enroll, result) = await AskAsync("An Amish family says their faith forbids getting Social Security numbers. Can we still enroll the children without SSNs?");
        Assert.Empty(result.UnknownNames);
        Assert.Null(enroll);
    }

    [Fact]
    public async Task A_name_only_in_the_story_does_not_matter()
    {
        var (why, result) = await AskAsync("An Amish family says their faith forbids getting Social Security numbers. Can we still enroll the children without SSNs?");
        Assert.Empty(result.UnknownNames);
        Assert.Null(why);
    }

    [Fact]
    public async Task A_question_that_takes_a_rule_change_as_given_is_refused_and_a_story_is_not()
    {
        var (why, _) = await AskAsync("Since the 2019 federal rule banned CHIP premiums for families under 200% of poverty, how do we refund premiums already paid?");
        Assert.Equal("The question takes as given that the 2019 federal rule banned CHIP premiums for families under 200% of poverty, which they do not say.", why);

        var (story, _) = await AskAsync("Since the client moved out of state, how far ahead of ending her Medicaid must the notice be mailed?");
        Assert.Null(story);
    }

    [Fact]
    public async Task A_term_of_art_from_a_neighbouring_program_must_be_mentioned()
    {
        var (why, result) = await AskAsync("How long is the special enrollment period for a marketplace plan after someone loses Medicaid?");
        Assert.Contains("special enrollment period", result.UnknownNames);
        Assert.Equal("They do not mention \"special enrollment period\".", why);

        var (mortgage, _) = await AskAsync("How do we count the payments a client receives from reverse mortgages on her house?");
        Assert.Equal("They do not mention \"reverse mortgage\".", mortgage);

        // Named in the story and taken up by the question ("the trust"), it is asked about all the same.
        var (trust, _) = await AskAsync("A disabled client's settlement went into a special needs trust with a payback clause. Do I count the trust as a resource for her Medicaid?");
        Assert.Equal("They do not mention \"special needs trust\".", trust);
    }

    [Fact]
    public async Task A_phone_number_the_passages_do_not_hold_is_refused()
    {
        var (why, _) = await AskAsync("What phone number should an applicant call to check on her Medicaid application?");
        Assert.Equal("They give no phone number for this.", why);

        var (deadline, _) = await AskAsync("How many days does the agency have to decide a Medicaid application from someone applying on the basis of disability?");
        Assert.Null(deadline);
    }

    [Fact]
    public async Task Which_county_is_refused_when_the_passages_say_nothing_of_counties()
    {
        var (why, _) = await AskAsync("My client moved from Fresno to Madera last month. Which county does her renewal while the case moves over?");
        Assert.Equal("They say nothing of counties here, so not which county is responsible.", why);

        var (hearing, _) = await AskAsync("Which counties may hold a local evidentiary hearing before the State agency hearing?");
        Assert.Null(hearing);
    }

    [Fact]
    public async Task A_rule_or_law_named_with_a_later_year_is_refused()
    {
        var (act, _) = await AskAsync("Under the Consolidated Appropriations Act, 2023, must children get 12 months of continuous eligibility?");
        Assert.Equal("They were issued on or before 2020-11-02, so they cannot give 2023's figures or rules.", act);

        var (rule, _) = await AskAsync("Does the 2024 Medicaid managed care access Final Rule change how fast a fair hearing must be decided?");
        Assert.Equal("They were issued on or before 2020-11-02, so they cannot give 2024's figures or rules.", rule);
    }

    [Fact]
    public async Task Asked_before_a_later_version_that_covers_it_far_better_is_refused_and_after_it_is_answered()
    {
        const string question = "For the temporary FMAP increase condition, which beneficiaries count as validly enrolled?";

        var (before, result) = await AskAsync(question, new DateOnly(2020, 9, 1));
        Assert.Equal("The version of 42-cfr-433 that covers this, 2020-11-02, took effect on 2020-11-02, after this date.", before);
        Assert.All(result.Passages, p => Assert.Equal("2019-10-01", p.Passage.Version));

        var (after, _) = await AskAsync(question, new DateOnly(2021, 3, 1));
        Assert.Null(after);

        // A rule both versions hold is answered before the change as well.
        var (lien, _) = await AskAsync("Can the state put a lien on a Medicaid beneficiary's house while she is alive?", new DateOnly(2020, 6, 1));
        Assert.Null(lien);
    }

    [Fact]
    public async Task A_later_version_better_by_a_tenth_of_the_question_is_enough_to_refuse_before_it()
    {
        // The earlier Part 433 shares "coverage" and "beneficiary" with the question; only the later one has the tiers.
        const string question = "During the temporary FMAP increase, can a beneficiary be moved from minimum essential coverage to a lower tier of coverage?";

        var (before, _) = await AskAsync(question, new DateOnly(2020, 10, 1));
        Assert.Equal("The version of 42-cfr-433 that covers this, 2020-11-02, took effect on 2020-11-02, after this date.", before);

        var (after, _) = await AskAsync(question, new DateOnly(2021, 1, 4));
        Assert.Null(after);
    }

    [Fact]
    public async Task A_law_the_manuals_never_mention_is_refused_even_from_the_story()
    {
        var (story, _) = await AskAsync("Our state took up the Inflation Reduction Act option for its expansion adults. Do they still have to renew every 12 months?");
        Assert.Equal("The question rests on the Inflation Reduction Act, which they do not mention.", story);

        var (asked, _) = await AskAsync("Under the CARES Act, can the state end coverage for someone who moved?");
        Assert.NotNull(asked);

        var (plan, _) = await AskAsync("We took the American Rescue Plan option for new mothers. Does a mother's coverage now run a full year after the birth?");
        Assert.Equal("The question rests on the American Rescue Plan, which they do not mention.", plan);

        // Laws the manuals cite are no reason to refuse.
        var (known, _) = await AskAsync("Under the Affordable Care Act, must the agency renew MAGI-based coverage once every 12 months?");
        Assert.Null(known);
        var (act, _) = await AskAsync("Does the Social Security Act let the agency recover from the estate of a beneficiary who was 55 or older?");
        Assert.Null(act);
        var (statePlan, _) = await AskAsync("Must the Medicaid State Plan provide for recovery from the estate of a beneficiary who was 55 or older?");
        Assert.Null(statePlan);
    }
}
