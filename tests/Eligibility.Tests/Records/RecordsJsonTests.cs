using System.Text.Json;
using Eligibility.Core.Determinations;
using Eligibility.Infrastructure.Records;

namespace Eligibility.Tests.Records;

/// <summary>The JSON the facts and draft columns hold: it reads back to the same values, and computed properties are not stored.</summary>
public sealed class RecordsJsonTests
{
    [Fact]
    public void Facts_and_draft_read_back_exactly()
    {
        var sample = DeterminationSamples.Draft();

        var facts = JsonSerializer.Deserialize<CaseFacts>(JsonSerializer.Serialize(sample.Facts, RecordsJson.Options), RecordsJson.Options);
        var draft = JsonSerializer.Deserialize<DeterminationDraft>(JsonSerializer.Serialize(sample.Draft, RecordsJson.Options), RecordsJson.Options);

        RoundTrip.Same(sample.Facts, facts);
        RoundTrip.Same(sample.Draft, draft);
    }

    [Fact]
    public void Enums_are_stored_by_name_and_the_derived_applicant_is_not_stored()
    {
        var json = JsonDocument.Parse(JsonSerializer.Serialize(DeterminationSamples.Draft().Facts, RecordsJson.Options)).RootElement;

        Assert.Equal("NonMagi", json.GetProperty("program").GetString());
        Assert.False(json.TryGetProperty("applicant", out _));
        Assert.Equal("1956-02-29", json.GetProperty("household")[0].GetProperty("dateOfBirth").GetString());
    }
}
