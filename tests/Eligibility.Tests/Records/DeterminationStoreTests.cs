using Eligibility.Core.Determinations;
using Eligibility.Infrastructure.Records;

namespace Eligibility.Tests.Records;

/// <summary>
/// The determination store on a real database, the same tests on each provider: facts and drafts come back
/// exactly, lists are newest first, a decision is made once and only on a draft, also when decisions race.
/// </summary>
public abstract class DeterminationStoreTests(string provider)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_draft_comes_back_with_exactly_the_facts_and_draft_that_were_added()
    {
        await using var database = await RecordsTestDatabase.CreateAsync(provider);
        var added = DeterminationSamples.Draft(at: DeterminationSamples.Noon.AddTicks(1234567).ToOffset(TimeSpan.FromHours(-8)));

        await database.Open().Determinations.AddAsync(added, DeterminationSamples.Audit("draft"), Ct);
        var loaded = await database.Open().Determinations.GetAsync(added.Id, Ct);

        Assert.NotNull(loaded);
        RoundTrip.Same(added.Facts, loaded.Facts);
        RoundTrip.Same(added.Draft, loaded.Draft);
        Assert.Equal((added.Id, added.CreatedBy, added.Corrects, DeterminationState.Draft), (loaded.Id, loaded.CreatedBy, loaded.Corrects, loaded.State));
        Assert.Null(loaded.Decision);

        // Times are kept in UTC to the microsecond on both providers (PostgreSQL's precision).
        Assert.Equal(TimeSpan.Zero, loaded.CreatedAt.Offset);
        Assert.Equal(DeterminationSamples.Noon.AddTicks(1234560), loaded.CreatedAt);

        Assert.Equal("201234.50", loaded.Facts.Resources[0].Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new DateOnly(1956, 2, 29), loaded.Facts.Applicant?.DateOfBirth);
        Assert.Equal(added.Draft.Figures.PropertyTest, loaded.Draft.Figures.PropertyTest);
        Assert.Equal(added.Draft.Figures.Income?.Guideline, loaded.Draft.Figures.Income?.Guideline);
    }

    [Fact]
    public async Task An_unknown_id_is_not_found_and_cannot_be_decided()
    {
        await using var database = await RecordsTestDatabase.CreateAsync(provider);
        var store = database.Open().Determinations;

        Assert.Null(await store.GetAsync("det-missing", Ct));
        Assert.False(await store.DecideAsync("det-missing", DeterminationSamples.Approve("caseworker", DeterminationSamples.Noon), DeterminationSamples.Audit("decision"), Ct));
        Assert.Empty(await store.CorrectionsOfAsync("det-missing", Ct));
    }

    [Fact]
    public async Task Lists_are_newest_first_and_narrow_to_one_creator()
    {
        await using var database = await RecordsTestDatabase.CreateAsync(provider);
        var store = database.Open().Determinations;
        var noon = DeterminationSamples.Noon;
        await store.AddAsync(DeterminationSamples.Draft("det-b", "maria", noon.AddMinutes(1)), DeterminationSamples.Audit("draft"), Ct);
        await store.AddAsync(DeterminationSamples.Draft("det-a", "pat", noon), DeterminationSamples.Audit("draft"), Ct);
        await store.AddAsync(DeterminationSamples.Draft("det-d", "maria", noon.AddDays(1)), DeterminationSamples.Audit("draft"), Ct);
        await store.AddAsync(DeterminationSamples.Draft("det-c", "pat", noon.AddMinutes(1).AddTicks(10)), DeterminationSamples.Audit("draft"), Ct);

        Assert.Equal(["det-d", "det-c", "det-b", "det-a"], (await store.ListAsync(null, 10, Ct)).Select(d => d.Id));
        Assert.Equal(["det-d", "det-c"], (await store.ListAsync(null, 2, Ct)).Select(d => d.Id));
        Assert.Equal(["det-d", "det-b"], (await store.ListAsync("maria", 10, Ct)).Select(d => d.Id));
        Assert.Empty(await store.ListAsync("nobody", 10, Ct));
    }

    [Fact]
    public async Task A_draft_is_decided_once_and_a_final_determination_never_changes()
    {
        await using var database = await RecordsTestDatabase.CreateAsync(provider);
        var store = database.Open().Determinations;
        var draft = DeterminationSamples.Draft();
        await store.AddAsync(draft, DeterminationSamples.Audit("draft"), Ct);
        var amended = DeterminationSamples.Amend("maria", DeterminationSamples.Noon.AddHours(2));

        Assert.True(await store.DecideAsync(draft.Id, amended, DeterminationSamples.Audit("decision"), Ct));
        Assert.False(await store.DecideAsync(draft.Id, DeterminationSamples.Reject("pat", DeterminationSamples.Noon.AddHours(3)), DeterminationSamples.Audit("decision"), Ct));
        Assert.False(await store.DecideAsync(draft.Id, amended, DeterminationSamples.Audit("decision"), Ct));

        var final = await store.GetAsync(draft.Id, Ct);
        Assert.NotNull(final);
        Assert.Equal(DeterminationState.Amended, final.State);
        Assert.True(final.IsFinal);
        RoundTrip.Same(amended, final.Decision);
        RoundTrip.Same(draft.Draft, final.Draft);
    }

    [Fact]
    public async Task Concurrent_decisions_on_one_draft_have_exactly_one_winner()
    {
        await using var database = await RecordsTestDatabase.CreateAsync(provider);
        var draft = DeterminationSamples.Draft();
        await database.Open().Determinations.AddAsync(draft, DeterminationSamples.Audit("draft"), Ct);
        // One instance per caseworker, as if each were on another server; all connections open before the race starts.
        var stores = Enumerable.Range(0, 12).Select(_ => database.Open().Determinations).ToArray();
        await Task.WhenAll(stores.Select(s => s.GetAsync(draft.Id, Ct)));
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var racing = stores.Select(async (store, i) =>
        {
            await start.Task;
            return await store.DecideAsync(draft.Id, DeterminationSamples.Approve("maria", DeterminationSamples.Noon.AddSeconds(i)), DeterminationSamples.Audit("decision"), Ct);
        }).ToArray();
        start.SetResult();
        var results = await Task.WhenAll(racing);

        var winner = Assert.Single(Enumerable.Range(0, stores.Length), i => results[i]);
        var final = await stores[0].GetAsync(draft.Id, Ct);
        Assert.Equal("maria", final?.Decision?.DecidedBy);
        Assert.Equal(DeterminationSamples.Noon.AddSeconds(winner), final?.Decision?.DecidedAt);
    }

    [Fact]
    public async Task Corrections_link_to_the_determination_they_correct_oldest_first()
    {
        await using var database = await RecordsTestDatabase.CreateAsync(provider);
        var store = database.Open().Determinations;
        var original = DeterminationSamples.Draft("det-original");
        await store.AddAsync(original, DeterminationSamples.Audit("draft"), Ct);
        await store.AddAsync(DeterminationSamples.Draft("det-other"), DeterminationSamples.Audit("draft"), Ct);
        Assert.True(await store.DecideAsync(original.Id, DeterminationSamples.Approve("maria", DeterminationSamples.Noon.AddHours(1)), DeterminationSamples.Audit("decision"), Ct));

        await store.AddAsync(DeterminationSamples.Draft("det-second", "pat", DeterminationSamples.Noon.AddDays(2), corrects: original.Id), DeterminationSamples.Audit("draft"), Ct);
        await store.AddAsync(DeterminationSamples.Draft("det-first", "maria", DeterminationSamples.Noon.AddDays(1), corrects: original.Id), DeterminationSamples.Audit("draft"), Ct);

        var corrections = await store.CorrectionsOfAsync(original.Id, Ct);
        Assert.Equal(["det-first", "det-second"], corrections.Select(c => c.Id));
        Assert.All(corrections, c => Assert.Equal(original.Id, c.Corrects));
        Assert.Empty(await store.CorrectionsOfAsync("det-other", Ct));
        Assert.Equal(DeterminationState.Approved, (await store.GetAsync(original.Id, Ct))?.State);
    }

    [Fact]
    public async Task Only_drafts_are_added()
    {
        await using var database = await RecordsTestDatabase.CreateAsync(provider);
        var decided = DeterminationSamples.Draft() with { Decision = DeterminationSamples.Approve("maria", DeterminationSamples.Noon) };

        await Assert.ThrowsAsync<ArgumentException>(() => database.Open().Determinations.AddAsync(decided, DeterminationSamples.Audit("draft"), Ct));
        Assert.Empty(await database.Open().Determinations.ListAsync(null, 10, Ct));
    }

    [Fact]
    public async Task Each_change_lands_with_its_audit_entry_and_a_refused_decision_writes_none()
    {
        await using var database = await RecordsTestDatabase.CreateAsync(provider);
        var records = database.Open();
        var draft = DeterminationSamples.Draft();

        await records.Determinations.AddAsync(draft, DeterminationSamples.Audit(draft.Id, "determination-draft"), Ct);
        Assert.True(await records.Determinations.DecideAsync(draft.Id, DeterminationSamples.Approve("maria", DeterminationSamples.Noon), DeterminationSamples.Audit(draft.Id, "determination-decision"), Ct));
        Assert.False(await records.Determinations.DecideAsync(draft.Id, DeterminationSamples.Reject("pat", DeterminationSamples.Noon), DeterminationSamples.Audit(draft.Id, "second-decision"), Ct));

        Assert.Equal(["determination-draft", "determination-decision"], (await records.Audit.ReadAsync(draft.Id, Ct)).Select(e => e.Kind));
        Assert.True((await records.Audit.VerifyAsync(Ct)).Intact);
    }
}

public sealed class SqliteDeterminationStoreTests() : DeterminationStoreTests(RecordsOptions.Sqlite);

public sealed class PostgresDeterminationStoreTests() : DeterminationStoreTests(RecordsOptions.Postgres);
