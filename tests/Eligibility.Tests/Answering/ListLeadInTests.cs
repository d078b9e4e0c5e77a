using Eligibility.Core.Answering;
using Eligibility.Core.Retrieval;
using Eligibility.Ingest.Pipeline;
using Eligibility.Tests.Readers;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Answering;

/// <summary>A list item is read, and quoted, with the sentence it hangs from: the rule is in the lead-in, the condition in the item.</summary>
public sealed class ListLeadInTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    private const string Rules = """
        (a) The agency must take final administrative action as follows:
        (1) Ordinarily, within 90 days from:
        (i) The date the applicant filed the request; or
        (ii) The date the request was received.
        (2) As quickly as the applicant's health requires, within 3 working days.
        (b) The agency may shorten the period of advance notice to 5 days before the date of action if—
        (1) The agency has facts indicating probable fraud by the beneficiary; and
        (2) The facts have been verified.
        """;

    [Fact]
    public void Each_item_hangs_from_the_nearest_lead_in_that_is_not_a_sibling()
    {
        var sentences = SentenceSplitter.Split(Rules).ToList();
        var leadIns = ListLeadIns.Of(Rules, sentences);
        string? LeadOf(string start)
        {
            var i = sentences.FindIndex(s => Rules[s.Start..s.End].StartsWith(start, StringComparison.Ordinal));
            return leadIns[i] < 0 ? null : Rules[sentences[leadIns[i]].Start..sentences[leadIns[i]].End];
        }

        Assert.Null(LeadOf("(a) The agency must take"));
        Assert.Equal("(a) The agency must take final administrative action as follows:", LeadOf("(1) Ordinarily"));
        Assert.Equal("(1) Ordinarily, within 90 days from:", LeadOf("(i) The date the applicant"));
        Assert.Equal("(1) Ordinarily, within 90 days from:", LeadOf("(ii) The date the request"));
        Assert.Equal("(a) The agency must take final administrative action as follows:", LeadOf("(2) As quickly"));
        Assert.Null(LeadOf("(b) The agency may shorten"));
        Assert.Equal("(b) The agency may shorten the period of advance notice to 5 days before the date of action if—", LeadOf("(1) The agency has facts"));
        Assert.Equal("(b) The agency may shorten the period of advance notice to 5 days before the date of action if—", LeadOf("(2) The facts have been verified"));
    }

    [Fact]
    public void A_sibling_of_the_lead_in_closes_its_list()
    {
        const string text = "(1) A state may end enrollment only if:\n(i) The beneficiary asks; or\n(ii) The beneficiary dies.\n(2) States keep records.\n(3)\n(i) For purposes of paragraph (1)(i), a request may be oral.";
        var sentences = SentenceSplitter.Split(text).ToList();

        var leadIns = ListLeadIns.Of(text, sentences);

        Assert.Equal([-1, 0, 0, -1, -1, -1], leadIns);
    }

    [Fact]
    public void After_h_an_i_is_a_letter_not_a_roman_numeral()
    {
        const string text = "The agency may send a notice not later than the date of action if—\n(g) The beneficiary has moved and left no address; or\n(h) The date of action will occur in less than 10 days.\n(i) The beneficiary was admitted to an institution.";
        var sentences = SentenceSplitter.Split(text).ToList();

        var leadIns = ListLeadIns.Of(text, sentences);

        Assert.Equal(0, leadIns[^1]);
    }

    [Fact]
    public async Task An_answer_from_a_list_item_quotes_its_lead_in_first()
    {
        var ct = TestContext.Current.CancellationToken;
        var path = await _files.WriteAsync("notices.md", """
            # Notices Handbook

            ## 4 Notices

            ### 4.3 Notice in cases of probable fraud

            The agency may shorten the period of advance notice to 5 days before the date of action if—

            (a) The agency has facts indicating that action should be taken because of probable fraud by the beneficiary; and

            (b) The facts have been verified, where possible, through secondary sources.
            """);
        using var data = new TempDataFolder();
        await data.Pipeline.IngestAsync(new IngestRequest(path, "notices", "Notices Handbook", "2026-01", new DateOnly(2026, 1, 1)), publish: true, ct);
        var result = await data.Retriever.SearchAsync(new RetrievalRequest("A beneficiary hid income from us, which looks like fraud. How many days of notice must we give before closing her case?", new DateOnly(2026, 2, 1), null, 10), ct);

        var answer = new ExtractiveAnswerer(new AnsweringOptions()).Answer(result);

        Assert.False(answer.Abstained, answer.Text);
        var leadIn = answer.Text.IndexOf("to 5 days before the date of action if—", StringComparison.Ordinal);
        var item = answer.Text.IndexOf("because of probable fraud by the beneficiary", StringComparison.Ordinal);
        Assert.True(leadIn >= 0 && item > leadIn, answer.Text);
        Assert.All(answer.Citations, c => Assert.Equal(c.CitedText, result.Passages.Single(p => p.Passage.Id == c.PassageId).Passage.Text[c.Start..c.End]));
    }
}
