namespace Eligibility.CorpusSamples;

/// <summary>
/// Text of the "Medi-Cal Notice of Action Guide (sample)". Written for this project as test material;
/// it is not official DHCS policy.
/// </summary>
internal static class NoticesGuideContent
{
    public const string Id = "medi-cal-notices-guide";
    public const string Title = "Medi-Cal Notice of Action Guide (sample)";

    public static Manual Build(DateOnly version)
    {
        var b = new ManualBuilder();

        b.Chapter("Article 1 Notice Timing");
        b.Section(
            "1.1 When a notice is required",
            "A notice of action is required whenever the county approves, denies, reduces, suspends or discontinues "
            + "Medi-Cal coverage, and whenever it changes a share of cost or premium. A notice is also required when "
            + "the county decides that an application has been withdrawn, so that the applicant has a record of the "
            + "decision and can challenge it if the withdrawal was not intended.");
        b.Section(
            "1.2 Adverse actions",
            "When the county plans to discontinue coverage or to change it in a way that is less favorable to the "
            + "beneficiary, the notice must be mailed at least 10 days before the effective date of a discontinuance "
            + "or other adverse action. The ten days are counted from the date the notice is mailed, and the effective "
            + "date is normally the last day of a month, so notices are generated early enough to reach the household "
            + "before that month ends.",
            "The 10-day advance notice is not required in a small number of situations: when the county has reliable "
            + "information that the beneficiary has died, when the beneficiary has asked in writing for coverage to "
            + "end, or when mail has been returned with no forwarding address and the household cannot be located. In "
            + "these cases the notice is still sent, but it may be mailed no later than the effective date.");
        b.Section(
            "1.3 Approvals and denials",
            "Notices of approval and denial are mailed as soon as the decision is made and in any case within the "
            + "processing deadlines set out in the eligibility handbook. An approval notice lists each household member "
            + "who was approved, the program and any share of cost. A denial notice lists each reason for the denial "
            + "and the specific rule that supports it, in plain language.");

        b.Chapter("Article 2 Fair Hearing Rights");
        b.Section(
            "2.1 Right to a state hearing",
            "Every notice of action must tell the household that it has the right to ask for a state fair hearing if "
            + "it disagrees with the decision. The household has 90 days to request a hearing, counted from the date "
            + "the notice was mailed. The request may be made in writing, by telephone, online, or in person at the "
            + "county office, and the county must help anyone who asks for assistance in making the request.");
        b.Section(
            "2.2 Continuing coverage pending a hearing",
            "If the household asks for a hearing before the effective date of a discontinuance or reduction, coverage "
            + "continues at its current level until the hearing decision is issued. This is known as aid paid pending. "
            + "The notice must explain this option and the date by which the request must be made to keep coverage "
            + "unchanged.");
        b.Section(
            "2.3 County review before the hearing",
            "After a hearing is requested, the county reviews the case to see whether the action was correct. If the "
            + "county finds an error, it corrects the case and sends a new notice, and the household may then withdraw "
            + "the hearing request. The county may not ask or pressure the household to withdraw a request, and a "
            + "household that wants to go ahead with the hearing keeps every right it had before the review.");

        b.Chapter("Article 3 Language Access");
        b.Section(
            "3.1 Threshold languages",
            "Notices are available in English and in each of the threshold languages identified by the state. When a "
            + "household has chosen a threshold language as its preferred written language, every notice is sent in "
            + "that language. When a translated version of a particular notice is not yet available, the county sends "
            + "the English notice together with a statement in the household's language explaining how to get free "
            + "help understanding it.");
        b.Section(
            "3.2 Interpreter services",
            "Free oral interpretation is available in any language for every contact with the county, including "
            + "interviews, telephone calls and hearings. Households may not be asked to bring their own interpreter, "
            + "and children should not be used to interpret except in an emergency. Every notice includes taglines in "
            + "multiple languages telling the reader how to get free language help.");

        return b.Build(
            Id,
            Title,
            version,
            $"Manual id: {Id}",
            $"Version {version:yyyy-MM-dd}, effective {version:MMMM d, yyyy}",
            string.Empty,
            "SAMPLE DOCUMENT. This guide was written by the Eligibility project as test material for its policy "
            + "assistant. It is not official Department of Health Care Services (DHCS) policy and must not be relied on "
            + "for any real case.");
    }
}
