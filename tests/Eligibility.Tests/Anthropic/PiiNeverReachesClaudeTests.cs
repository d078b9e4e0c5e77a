using Eligibility.Core.Answering;
using Eligibility.Core.Retrieval;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Anthropic;

/// <summary>
/// Personal data in a caseworker's question never reaches the model: asserted on what the loopback Messages
/// server received, for each of the formats below.
/// </summary>
public sealed class PiiNeverReachesClaudeTests
{
    public static TheoryData<string, string> Formats => new()
    {
        { "SSN 123-45-6789", "123-45-6789" },
        { "SSN 123 45 6789", "123 45 6789" },
        { "ssn 123456789", "123456789" },
        { "social security number: 987-65-4321", "987-65-4321" },
        { "CIN 91234567A", "91234567A" },
        { "cin 12345678B", "12345678B" },
        { "Medi-Cal ID 912345678C", "912345678C" },
        { "DOB 03/04/1961", "03/04/1961" },
        { "DOB: 3/4/1961", "3/4/1961" },
        { "born 1961-03-04", "1961-03-04" },
        { "date of birth March 4, 1961", "March 4, 1961" },
        { "birthdate 03-04-1961", "03-04-1961" },
        { "born on Mar. 4, 1961", "Mar. 4, 1961" },
        { "birthday 12/31/2019", "12/31/2019" },
        { "phone (916) 555-0134", "555-0134" },
        { "phone 916-555-0134", "916-555-0134" },
        { "cell 916.555.0134", "916.555.0134" },
        { "call +1 916 555 0134", "916 555 0134" },
        { "tel 9165550134", "9165550134" },
        { "phone 1-916-555-0134", "916-555-0134" },
        { "email maria.lopez@example.com", "maria.lopez@example.com" },
        { "email m_lopez+case@county.ca.gov", "m_lopez+case@county.ca.gov" },
        { "lives at 1234 Oak St", "1234 Oak St" },
        { "lives at 55 W Main Street Apt 4", "55 W Main Street" },
        { "address 700 Capitol Mall", "700 Capitol Mall" },
        { "moved to 18 Sunset Blvd", "18 Sunset Blvd" },
        { "at 9 Cedar Lane", "9 Cedar Lane" },
        { "home 4021 El Camino Real Ave", "4021 El Camino Real Ave" },
        { "at 310 Pine Ct Unit 2B", "310 Pine Ct" },
        { "SSN 123-45-6789 and phone 916-555-0134", "916-555-0134" },
        { "DOB 07/15/1988, CIN 98765432Z", "98765432Z" },
        { "email a.b@c.org, born 1/2/1950", "1/2/1950" },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task The_model_request_holds_a_placeholder_instead_of_the_personal_data(string details, string secret)
    {
        using var data = new TempDataFolder();
        await data.Pipeline.IngestAsync(SampleManuals.Handbook2026, publish: true, TestContext.Current.CancellationToken);
        await using var claude = LoopbackMessagesServer.Start();
        claude.Fallback = _ => Sse.Answer("The policy manuals provided do not answer this question.");
        using var generator = ClaudeTestSetup.Generator(ClaudeTestSetup.Options(claude, maxRetries: 0));
        var assistant = new AssistantService(data.Retriever, new AnsweringOptions(), generator);

        await foreach (var _ in assistant.AskAsync(new AskRequest("c1", $"Is there a property limit for one person? Client details: {details}.", new DateOnly(2026, 2, 1), []), TestContext.Current.CancellationToken))
        {
        }

        var request = Assert.Single(claude.Requests); // the question was answerable, so the model was asked
        Assert.DoesNotContain(secret, request.Body, StringComparison.Ordinal);
        Assert.Matches(@"\[(SSN|CIN|DOB|PHONE|EMAIL|ADDRESS)-\d+\]", request.Body);
    }
}
