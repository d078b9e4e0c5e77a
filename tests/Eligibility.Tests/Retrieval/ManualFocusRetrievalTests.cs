using Eligibility.Core.Retrieval;
using Eligibility.Ingest.Pipeline;
using Eligibility.Tests.Readers;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Retrieval;

/// <summary>A question naming CHIP lifts the passages of the handbook CHIP is the subject of, and only those.</summary>
public sealed class ManualFocusRetrievalTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    private const string MedicaidHandbook = """
        # Medicaid Handbook

        ## 3.1 Verifying pregnancy

        The agency must accept a pregnant applicant's own statement of her pregnancy. It may not ask for a doctor's note or other proof that she is pregnant.

        ## 3.2 Income

        Income is counted for the month in which it is received.

        ## 3.3 Residence

        An applicant lives in the state when she intends to stay.

        ## 3.4 Renewals

        Coverage is renewed once every twelve months.

        ## 3.5 Notices

        A notice goes out ten days before coverage ends.

        ## 3.6 Hearings

        An applicant may ask for a fair hearing within ninety days.

        ## 3.7 Resources

        A car used for work is not counted as a resource.

        ## 3.8 Estate recovery

        The state recovers what it paid from the estate of a member who was 55 or older.
        """;

    private const string ChipHandbook = """
        # Children's Health Handbook

        ## 2.1 Verifying pregnancy for unborn children

        For CHIP coverage of an unborn child, the state accepts self-attestation of the pregnancy.

        ## 2.2 Premiums

        CHIP premiums may not exceed five percent of the family's income.

        ## 2.3 Enrollment

        A child found eligible for CHIP is enrolled from the month of application.

        ## 2.4 Waiting lists

        A state may keep a waiting list for CHIP when its allotment runs out.
        """;

    [Fact]
    public async Task The_manual_a_named_program_is_the_subject_of_is_lifted()
    {
        var ct = TestContext.Current.CancellationToken;
        using var data = new TempDataFolder();
        await data.Pipeline.IngestAsync(new IngestRequest(await _files.WriteAsync("medicaid.md", MedicaidHandbook), "medicaid-handbook", "Medicaid Handbook", "2026-01", new DateOnly(2026, 1, 1)), publish: true, ct);
        await data.Pipeline.IngestAsync(new IngestRequest(await _files.WriteAsync("chip.md", ChipHandbook), "chip-handbook", "Children's Health Handbook", "2026-01", new DateOnly(2026, 1, 1)), publish: true, ct);
        var request = new RetrievalRequest("Does a pregnant teen applying for CHIP have to prove her pregnancy with a doctor's note?", new DateOnly(2026, 2, 1), null, 5);

        var focused = await data.RetrieverWith(new RetrievalOptions()).RetrieveAsync(request, ct);
        var unfocused = await data.RetrieverWith(new RetrievalOptions { ManualWeight = 0 }).RetrieveAsync(request, ct);

        // The CHIP handbook's passages gain the manual weight; the Medicaid handbook's, which never names CHIP, do not.
        double Score(IReadOnlyList<RetrievedPassage> hits, string manual, string section) =>
            hits.Single(h => h.Passage.ManualId == manual && h.Passage.SectionNumber == section).Score;
        Assert.Equal(new RetrievalOptions().ManualWeight, Score(focused, "chip-handbook", "2.1") - Score(unfocused, "chip-handbook", "2.1"), 6);
        Assert.Equal(Score(unfocused, "medicaid-handbook", "3.1"), Score(focused, "medicaid-handbook", "3.1"), 6);
    }
}
