using Eligibility.Core.Retrieval;

namespace Eligibility.Tests.Retrieval;

/// <summary>The embedded domain thesaurus: single words match by stem, phrases word by word in order.</summary>
public sealed class ThesaurusTests
{
    [Fact]
    public void A_word_key_matches_any_form_with_the_same_stem()
    {
        var matches = Thesaurus.Default.Match("Are there copays?");

        Assert.Contains(matches, m => m.Key == "copay" && m.Expansions.Contains("copayment"));
    }

    [Fact]
    public void An_acronym_expands_to_the_words_the_manuals_use()
    {
        var matches = Thesaurus.Default.Match("What is 138% FPL for two people?");

        Assert.Contains(matches, m => m.Key == "fpl" && m.Expansions.Contains("federal poverty level"));
    }

    [Theory]
    [InlineData("Grandma only speaks Hmong and her grandson has been translating.", "translating", "oral interpretation")]
    [InlineData("Their church forbids Social Security numbers.", "church", "religious objections")]
    [InlineData("He is an Army vet owed a VA pension.", "vet", "veterans")]
    [InlineData("She was hurt in a car accident.", "car accident", "motor vehicle accident")]
    [InlineData("Does Medicaid help with rides to the doctor?", "rides to", "transportation")]
    [InlineData("The nursing home got written up and has to send a fix-it plan.", "fix-it plan", "plan of correction")]
    [InlineData("She is a snowbird, gone to Arizona every winter.", "snowbird", "temporary absence")]
    [InlineData("Her employer cut her hours in March. Do I redo her budget?", "cut her hours", "change in household income")]
    [InlineData("A Navajo family's kids are on CHIP. Do they pay copays?", "navajo", "american indian")]
    [InlineData("The legislature cut adult dental for everybody. Does she get a hearing?", "legislature", "automatic change adversely affecting some or all beneficiaries")]
    [InlineData("The state collected $3,000 but Medicaid had only paid $2,200. What happens to the extra?", "collected & extra", "remaining amount")]
    [InlineData("Her CHIP plan caps counseling at 10 visits a year. Can it?", "counseling & cap", "parity")]
    [InlineData("Here the county does the eligibility work. Do we have to be part of the hearing?", "county & part of the hearing", "parties in cases involving an eligibility determination")]
    [InlineData("A deputy called asking for her address.", "deputy", "release of information")]
    [InlineData("The state is talking about adding a sign-up fee for CHIP.", "sign-up fee", "enrollment fee")]
    [InlineData("The county next door does Medicaid differently than we do. Is each county allowed its own rules?", "county & own rules", "statewide operation")]
    [InlineData("A clinic put the 4-year-old on temporary coverage until an application gets done.", "clinic & temporary coverage", "presumptive eligibility period")]
    [InlineData("The person hearing her appeal is the same supervisor who denied her.", "same supervisor", "impartial official")]
    [InlineData("She needs urgent care Saturday night and her card hasn't come.", "saturday night", "24 hours a day and 7 days a week")]
    [InlineData("How long does the state have to get updated info out to the doctors and HMOs?", "hmos", "managed care organization")]
    [InlineData("A different state department decides eligibility. Does it have to take part in her hearing?", "hearing & take part", "participate in the hearing")]
    [InlineData("She is seeing a counselor and the plan caps those visits at 20 a year.", "counselor & cap", "parity")]
    [InlineData("The child support unit collected from dad and there's money left over. Does mom get the rest?", "collected & left over", "remaining amount")]
    public void Everyday_words_for_the_manuals_subjects_expand_to_the_manuals_words(string question, string key, string expansion)
    {
        Assert.Contains(Thesaurus.Default.Match(question), m => m.Key == key && m.Expansions.Contains(expansion));
    }

    [Fact]
    public void A_phrase_key_matches_its_words_in_order_and_nothing_else()
    {
        Assert.Contains(Thesaurus.Default.Match("How does share of cost work?"), m => m.Key == "share of cost" && m.Expansions.Contains("medically needy"));
        Assert.DoesNotContain(Thesaurus.Default.Match("Do they share the cost of care?"), m => m.Key == "share of cost");
    }

    [Fact]
    public void A_key_of_two_parts_matches_when_both_are_anywhere_in_the_question()
    {
        Assert.Contains(Thesaurus.Default.Match("Family got turned down for CHIP and wants to fight it. Who decides?"), m => m.Key == "chip & fight" && m.Expansions.Contains("program specific review process"));
        Assert.Contains(Thesaurus.Default.Match("The CHIP premium went unpaid and the family was closed. Can it be looked at again?"), m => m.Key == "chip & looked at again");
        Assert.DoesNotContain(Thesaurus.Default.Match("She wants to fight the Medicaid denial. How long does she have?"), m => m.Key.StartsWith("chip &", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("They turned her coverage back on last week.", false)]
    [InlineData("We turned him back on after the hearing.", true)]
    [InlineData("Can I turn them back on from February?", true)]
    [InlineData("She was turned back on in June.", true)]
    public void A_phrase_key_matches_another_form_of_its_words_and_a_pronoun_inside_a_verb_with_a_particle(string question, bool matches)
    {
        Assert.Equal(matches, Thesaurus.Default.Match(question).Any(m => m.Key == "turn back on" && m.Expansions.Contains("reinstate")));
    }

    [Fact]
    public void A_phrase_key_matches_a_word_in_quote_marks()
    {
        Assert.Contains(Thesaurus.Default.Match("What age counts as 'aged' for Medicaid?"), m => m.Key == "count as aged");
        Assert.Contains(Thesaurus.Default.Match("Does a doctor's note count?"), m => m.Key == "doctor's note");
    }

    [Fact]
    public void A_hyphenated_key_matches_in_any_case()
    {
        Assert.Contains(Thesaurus.Default.Match("Who qualifies for Medi-Cal?"), m => m.Key == "medi-cal" && m.Expansions.Contains("medical assistance"));
    }

    [Fact]
    public void A_phrase_key_at_the_end_of_a_sentence_still_matches()
    {
        Assert.Contains(Thesaurus.Default.Match("Explain share of cost."), m => m.Key == "share of cost");
        Assert.Contains(Thesaurus.Default.Match("I am on Medi-Cal. What changes?"), m => m.Key == "medi-cal");
    }
}
