using Eligibility.Core.Determinations;

namespace Eligibility.Tests.Anthropic;

/// <summary>
/// Personal data in case facts never reaches the model when a determination is drafted: asserted on every
/// request the loopback Messages server received (the first one and the calculator round after it), for each
/// of the formats below placed in the member's name or the caseworker's notes, and for the identifiers,
/// date of birth, contact details and case reference every case carries.
/// </summary>
public sealed class DraftPiiNeverReachesClaudeTests(Handbook2025Index handbook) : IClassFixture<Handbook2025Index>
{
    private const string Applicant = "Maria Lopez";

    /// <summary>In every case, whatever the row: never sent either.</summary>
    private static readonly string[] AlwaysPresent =
    [
        "Maria", "Lopez", "Kwame", "Mensah", "123-45-6789", "123456789", "91234567A", "987-65-4321", "98765432Z",
        "1961-03-04", "03/04/1961", "555-0134", "maria.lopez@example.com", "1234 Oak St", "95814", "SAC-2025-000417",
    ];

    /// <summary>The applicant's name, the caseworker's notes, and the raw value that must not be sent.</summary>
    public static TheoryData<string, string, string> Formats => new()
    {
        // Names, and notes repeating them in other case, spacing, order or spelling.
        { Applicant, "Maria Lopez called about her hours.", "Maria Lopez" },
        { Applicant, "MARIA LOPEZ brought pay stubs.", "MARIA LOPEZ" },
        { Applicant, "spoke with maria  lopez by phone", "lopez" },
        { Applicant, "Lopez, Maria: reports a raise", "Lopez, Maria" },
        { "Seán O'Brien", "Mr. O'Brien's hours were cut.", "O'Brien" },
        { "Seán O'Brien", "Ms O’Brien called back.", "O’Brien" },
        { "Seán O'Brien", "Sean left a message.", "Sean" },
        { "Seán O'Brien", "OBrien per the old file.", "OBrien" },
        { "Anne-Marie Dubois-Laurent", "Anne-Marie Dubois-Laurent is the applicant.", "Dubois-Laurent" },
        { "Anne-Marie Dubois-Laurent", "Anne Marie says Dubois is her maiden name.", "Dubois" },
        { "Anne-Marie Dubois-Laurent", "ANNE-MARIE reported a new job.", "ANNE-MARIE" },
        { "José Ángel Núñez", "José Ángel Núñez works weekends.", "Núñez" },
        { "José Ángel Núñez", "NÚÑEZ, JOSÉ called.", "NÚÑEZ" },
        { "José Ángel Núñez", "Jose Nunez (no accents in the old file).", "Nunez" },
        { "D’Angelo Smythe-Okafor", "D'Angelo dropped off the forms.", "D'Angelo" },
        { "Nguyễn Thị Minh", "Nguyen Thi Minh per the ID card.", "Nguyen" },
        { "Nguyễn Thị Minh", "Mrs. Nguyễn called.", "Nguyễn" },
        { Applicant, "Spouse works nights; KWAME picks up the kids.", "KWAME" },
        { Applicant, "kwame mensah-adjei is the spouse's full name.", "mensah" },

        // SSNs: the members' own in several spellings, and one that is not on the case.
        { Applicant, "SSN 123-45-6789 verified.", "123-45-6789" },
        { Applicant, "ssn 123 45 6789", "123 45 6789" },
        { Applicant, "SSN#123456789", "123456789" },
        { Applicant, "ssn: 123.45.6789", "123.45.6789" },
        { Applicant, "SSN 123 - 45 - 6789 on the old form", "123 - 45 - 6789" },
        { Applicant, "father's SSN 555-12-3456 (not on the case)", "555-12-3456" },
        { Applicant, "spouse SSN 987654321", "987654321" },

        // CINs.
        { Applicant, "CIN 91234567A", "91234567A" },
        { Applicant, "cin 91234567a", "91234567a" },
        { Applicant, "CIN 9123 4567 A", "9123 4567 A" },
        { Applicant, "old Medi-Cal ID 912345678C", "912345678C" },

        // Dates of birth.
        { Applicant, "DOB 03/04/1961", "03/04/1961" },
        { Applicant, "born March 4, 1961", "March 4, 1961" },
        { Applicant, "born 4 March 1961", "4 March 1961" },
        { Applicant, "dob 1961/03/04", "1961/03/04" },
        { Applicant, "DOB 3.4.1961", "3.4.1961" },
        { Applicant, "child born 2019-12-31", "2019-12-31" },

        // Phone numbers.
        { Applicant, "call (916) 555-0134 after 5", "555-0134" },
        { Applicant, "phone (916)555-0134", "(916)555-0134" },
        { Applicant, "cell 916.555.0177", "916.555.0177" },
        { Applicant, "alt phone +1 916 555 0188", "916 555 0188" },
        { Applicant, "work 9165550199 ext 12", "9165550199" },
        { Applicant, "phone 916 - 555 - 0134", "916 - 555 - 0134" },

        // E-mail addresses.
        { Applicant, "email maria@lopezfamily.net", "lopezfamily.net" },
        { Applicant, "e-mail m_lopez+case@county.ca.gov", "m_lopez+case@county.ca.gov" },
        { Applicant, "email MARIA.LOPEZ@EXAMPLE.COM", "EXAMPLE.COM" },

        // Street addresses and other contact details.
        { Applicant, "lives at 1234 Oak St, Sacramento, CA 95814", "1234 Oak St" },
        { Applicant, "moved to 55 W Main Street Apt 4", "55 W Main Street" },
        { Applicant, "mail goes to 1234 oak st", "1234 oak st" },
        { Applicant, "mail to PO Box 4411, Elk Grove", "PO Box 4411" },
        { Applicant, "checking acct 000123456789 at Golden 1", "000123456789" },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task No_request_of_the_draft_holds_the_personal_data(string applicantName, string notes, string secret)
    {
        await using var claude = LoopbackMessagesServer.Start();
        claude.Enqueue(DraftingTestSetup.Calculate(("toolu_1", DraftingTestSetup.WagesInput)), DraftingTestSetup.Prepared, DraftingTestSetup.CitedDraft());
        using var drafter = DraftingTestSetup.Drafter(ClaudeTestSetup.Options(claude, maxRetries: 0));
        var drafting = new DeterminationDrafting(handbook.Retriever(), CaseFiguresCalculator.Default, drafter);

        await drafting.DraftAsync(Case(applicantName, notes), TestContext.Current.CancellationToken);

        Assert.Equal(3, claude.Requests.Count); // passages were found, so the model was asked, the tool round ran, then the draft
        foreach (var request in claude.Requests)
        {
            Assert.DoesNotContain(secret, request.Body, StringComparison.Ordinal);
            Assert.All(applicantName.Split(' ').Append(applicantName).Concat(AlwaysPresent), raw => Assert.DoesNotContain(raw, request.Body, StringComparison.Ordinal));
        }

        Assert.Contains("[NAME-1]", claude.Requests[0].Body, StringComparison.Ordinal);
        Assert.Contains("tool_result", claude.Requests[1].Body, StringComparison.Ordinal);
    }

    /// <summary>An applicant and a spouse with identifiers, a date of birth, contact details and a described bank account.</summary>
    private static CaseFacts Case(string applicantName, string notes) => new()
    {
        CaseReference = "SAC-2025-000417",
        Program = MediCalProgram.Magi,
        County = "Sacramento",
        BenefitMonth = DraftingTestSetup.June2025,
        Household =
        [
            new HouseholdMember
            {
                Name = applicantName, Age = 64, Relationship = Relationship.Self, ImmigrationStatus = ImmigrationStatus.Citizen,
                Ssn = "123-45-6789", Cin = "91234567A", DateOfBirth = new DateOnly(1961, 3, 4),
            },
            new HouseholdMember
            {
                Name = "Kwame Mensah", Age = 60, Relationship = Relationship.Spouse, ImmigrationStatus = ImmigrationStatus.LawfulPermanentResident,
                Ssn = "987-65-4321", Cin = "98765432Z", DateOfBirth = new DateOnly(1965, 1, 20),
            },
        ],
        Income = [new ReportedIncome(0, IncomeType.Wages, 1500m, IncomeFrequency.Monthly), new ReportedIncome(1, IncomeType.Pension, 600m, IncomeFrequency.Monthly)],
        Resources = [new Resource(ResourceType.BankAccount, 2400m, Description: "Golden 1 checking, joint with Kwame Mensah")],
        Contact = new ContactDetails("(916) 555-0134", "maria.lopez@example.com", "1234 Oak St, Sacramento, CA 95814"),
        Notes = notes,
    };
}
