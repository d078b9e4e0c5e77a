using Eligibility.Core.Redaction;

namespace Eligibility.Tests.Redaction;

/// <summary>The redactor alone on every caseworker text: no personal value left, every piece of policy content kept.</summary>
public sealed class PersonalDataRedactorTests
{
    public static TheoryData<string, int> Texts => CaseworkerText.All();

    [Theory]
    [MemberData(nameof(Texts))]
    public void Personal_values_go_and_policy_content_stays(string file, int index)
    {
        var text = CaseworkerText.Load(file)[index];

        var redacted = PersonalDataRedactor.Redact(text.Text, KnownPeople.Named(text.Case)).Text;

        Assert.True(text.PersonalIn(redacted).Count == 0, $"personal data left in \"{redacted}\": {string.Join(", ", text.PersonalIn(redacted))}");
        Assert.True(text.PolicyMissingFrom(redacted).Count == 0, $"policy content lost from \"{redacted}\": {string.Join(", ", text.PolicyMissingFrom(redacted))}");
    }

    [Fact]
    public void Each_value_keeps_one_placeholder_and_maps_back()
    {
        var redaction = PersonalDataRedactor.Redact("DOB 3/5/90; call 916-555-0134 or 916-555-0134. Her DOB is 3/5/90.");

        Assert.Equal("DOB [DOB-1]; call [PHONE-1] or [PHONE-1]. Her DOB is [DOB-1].", redaction.Text);
        Assert.Equal("3/5/90", redaction.Placeholders["[DOB-1]"]);
        Assert.Equal("916-555-0134", redaction.Placeholders["[PHONE-1]"]);
    }

    [Theory]
    [InlineData("3/5/1990")]
    [InlineData("03-05-90")]
    [InlineData("1990-03-05")]
    [InlineData("March 5, 1990")]
    [InlineData("5 Mar 1990")]
    [InlineData("the 5th of March, 1990")]
    public void A_known_date_of_birth_goes_in_any_written_form_without_a_label(string written)
    {
        var known = KnownPeople.None with { BirthDates = [new DateOnly(1990, 3, 5)] };

        var redacted = PersonalDataRedactor.Redact($"Applied 10/1/2026; {written} per the old card.", known).Text;

        Assert.Equal("Applied 10/1/2026; [DOB-1] per the old card.", redacted);
    }
}
