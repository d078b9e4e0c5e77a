using Eligibility.Core.Retrieval;

namespace Eligibility.Tests.Retrieval;

/// <summary>How a question becomes terms, phrases, thesaurus concepts and names.</summary>
public sealed class QueryPlanTests
{
    [Fact]
    public void Terms_drop_stop_words_and_possessives_and_keep_section_numbers_and_designators_whole()
    {
        Assert.Equal(["child", "income", "part d", "435.912", "2026"], QueryTerms.Of("What's the child's income under Part D, § 435.912, in 2026?"));
        Assert.Equal(["title ii", "benefits", "count"], QueryTerms.Of("Do Title II benefits count?"));
        Assert.Equal(["part", "household"], QueryTerms.Of("Which part of the household?"));
    }

    [Fact]
    public void How_a_caseworker_tells_a_case_is_not_what_it_is_about()
    {
        // Words the manuals never use would weigh the most in support, and a story told in them would seem off the subject.
        Assert.Equal(["appeal", "denial", "hearing"], QueryTerms.Of("My client told me yesterday she asked somebody about her appeal of the denial. Is she supposed to get a hearing?"));
    }

    [Fact]
    public void A_contraction_is_no_term_and_the_word_inside_it_still_is()
    {
        Assert.Equal(["won", "hearing"], QueryTerms.Of("She won her hearing."));
        Assert.Equal(["plan", "pay"], QueryTerms.Of("The plan won't pay and we don't know why."));
    }

    [Fact]
    public void Phrases_pair_neighbouring_content_words_across_one_stop_word()
    {
        var phrases = QueryTerms.PhrasesOf("Timely determination of eligibility");

        Assert.Equal(["timely determination", "determination of eligibility"], phrases);
    }

    [Fact]
    public void Names_are_acronyms_mixed_case_words_and_capitals_mid_sentence()
    {
        var plan = QueryPlan.For("Does CalFresh count as income for SSI in Pomona?", Thesaurus.Default);

        Assert.Equal(["calfresh", "count", "income", "ssi", "pomona"], plan.Terms);
        Assert.Equal(["calfresh", "ssi", "pomona"], plan.Names);
    }

    [Fact]
    public void Everyday_abbreviations_for_people_and_care_are_not_names()
    {
        var plan = QueryPlan.For("When the DA's child support office collects for Medicaid, does the PT clinic or the county get a cut under CHIP?", Thesaurus.Default);

        Assert.Equal(["medicaid", "chip"], plan.Names);
    }

    [Fact]
    public void A_capital_at_the_start_of_a_sentence_is_not_a_name()
    {
        var plan = QueryPlan.For("Pomona residents: Income limits apply? Property limits too.", Thesaurus.Default);

        Assert.Contains("pomona", plan.Terms);
        Assert.Empty(plan.Names);
    }

    [Fact]
    public void Concepts_carry_thesaurus_alternatives_and_expansions_exclude_the_question_words()
    {
        var plan = QueryPlan.For("Is there a copay under Medicare for kids?", Thesaurus.Default);

        var copay = plan.Concepts.Single(c => c.Term == "copay");
        Assert.Contains("copayment", copay.Alternatives);
        Assert.Contains("cost sharing", copay.Alternatives);
        var kids = plan.Concepts.Single(c => c.Term == "kids");
        Assert.Contains("under age 19", kids.Alternatives);
        Assert.Contains("copayment", plan.Expansions);
        Assert.Contains("part b", plan.Expansions);
        Assert.DoesNotContain("medicare", plan.Expansions);
        Assert.All(plan.Expanded.Terms, t => Assert.Equal(0.5, t.Weight));
        Assert.All(plan.Primary.Terms, t => Assert.Equal(1.0, t.Weight));
    }
}
