using Eligibility.Core.Answering;
using Eligibility.Core.Retrieval;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Answering;

/// <summary>A question asking what a term means is answered from the text that defines it, first in the list and first in the answer.</summary>
public sealed class DefinitionTests(IngestedCorpus corpus) : IClassFixture<IngestedCorpus>
{
    [Theory]
    [InlineData("Is it fraud when a client gives wrong information by honest mistake? How do the rules define fraud?", "fraud")]
    [InlineData("For the temporary FMAP increase condition, which beneficiaries count as validly enrolled?", "validly enrolled")]
    [InlineData("What does 'reasonable opportunity period' mean?", "reasonable opportunity period")]
    [InlineData("What is the definition of an institution for mental diseases under Medicaid?", "institution for mental diseases")]
    [InlineData("How long does the agency have to decide an application?", null)]
    public void The_term_asked_about_is_read_from_the_question(string question, string? term) =>
        Assert.Equal(term, Definitions.AskedTerm(question));

    [Theory]
    [InlineData("Fraud (in accordance with § 455.2) means an intentional deception or misrepresentation.", "fraud", true)]
    [InlineData("Institution for mental diseases means a hospital, nursing facility, or other institution of more than 16 beds.", "institution for mental diseases", true)]
    [InlineData("The agency must refer suspected fraud to the unit.", "fraud", false)]
    public void A_definition_is_the_term_followed_by_means(string text, string term, bool defines) =>
        Assert.Equal(defines, Definitions.Defines(text, term));

    [Fact]
    public async Task The_defining_passage_ranks_first_and_its_definition_is_quoted_first()
    {
        corpus.Require();
        var result = await corpus.Data.Retriever.SearchAsync(
            new RetrievalRequest("Is it fraud when a client gives us wrong information by honest mistake? How do the rules define fraud?", new DateOnly(2026, 12, 1), null, 10),
            TestContext.Current.CancellationToken);

        Assert.EndsWith("§ 433.304 Definitions", result.Passages[0].Passage.SectionPath.ToString(), StringComparison.Ordinal);
        var answer = new ExtractiveAnswerer(new AnsweringOptions()).Answer(result);
        Assert.StartsWith("Fraud (in accordance with § 455.2) means an intentional deception or misrepresentation", answer.Text, StringComparison.Ordinal);
    }
}
