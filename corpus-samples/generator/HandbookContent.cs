namespace Eligibility.CorpusSamples;

/// <summary>
/// Text of the "Medi-Cal Eligibility Handbook (sample)". Written for this project as test material;
/// it is not official DHCS policy. Two versions differ only where <c>is2026</c> is checked
/// (see corpus-samples/README.md for the list of differences).
/// </summary>
internal static class HandbookContent
{
    public const string Id = "medi-cal-eligibility-handbook";
    public const string Title = "Medi-Cal Eligibility Handbook (sample)";

    public static Manual Build(DateOnly version)
    {
        bool is2026 = version >= new DateOnly(2026, 1, 1);
        var b = new ManualBuilder();

        b.Chapter("Chapter 1 General Provisions");
        b.Section(
            "1.1 Purpose of this handbook",
            "This handbook describes how county eligibility workers decide whether a person qualifies for Medi-Cal and "
            + "which program rules apply to the household. It brings together the household, income, property and "
            + "timeliness rules that a worker needs on a typical case, and it explains the reasoning behind each rule "
            + "so that unusual situations can be handled consistently. It does not replace the governing statutes, "
            + "regulations or all-county letters, and where this handbook and a governing source disagree, the "
            + "governing source controls.",
            "Each chapter covers one stage of the eligibility determination. Chapter 2 explains who is included in the "
            + "household, Chapter 3 explains how income is counted and compared with the limits, Chapter 4 covers "
            + "property, and Chapter 5 covers deadlines and notices. Workers should read a section in full before "
            + "applying it, because exceptions are often stated in the last paragraph of a section rather than in the "
            + "first.");
        b.Section(
            "1.2 Who uses this handbook",
            "The handbook is written for eligibility workers, supervisors and quality control reviewers in county "
            + "social services agencies. Advocates, community partners and applicants may also find it useful, but it "
            + "is written in the language of case processing and assumes familiarity with the statewide eligibility "
            + "system. Supervisors are expected to make sure that new staff complete the introductory training before "
            + "they rely on this handbook for case decisions.",
            "When a worker is unsure how a rule applies, the worker should first check whether a more specific section "
            + "of this handbook addresses the situation. If none does, the question should be raised with a supervisor "
            + "and, if necessary, sent to the county policy unit. Answers that change how a rule is applied across the "
            + "county should be recorded so that similar cases are decided the same way.");
        b.Section(
            "1.3 Definitions",
            "The following terms have the meanings given below wherever they appear in this handbook, unless a section "
            + "states a different meaning for its own purposes:");
        b.List(
            "\"Applicant\" means a person who has asked for Medi-Cal, either for themselves or on behalf of another "
            + "person, and whose request has not yet been approved or denied.",
            "\"Beneficiary\" means a person who has been found eligible and whose coverage is currently active.",
            "\"MAGI Medi-Cal\" means the programs whose financial eligibility is based on modified adjusted gross "
            + "income, which generally covers children, parents and caretaker relatives, pregnant people and adults "
            + "under age 65.",
            "\"Non-MAGI Medi-Cal\" means the programs for people who are aged, blind or disabled and other groups whose "
            + "eligibility is determined under the older budget rules rather than under MAGI.",
            "\"Household\" means the group of people whose needs and income are considered together, as described in "
            + "Chapter 2.",
            "\"Federal poverty level\" or \"FPL\" means the poverty guideline for the household size published each "
            + "year by the federal Department of Health and Human Services.");
        b.Section(
            "1.4 Effective dates and updates",
            "Every version of this handbook carries an effective date on its title page and in the running header. A "
            + "rule applies to a month of eligibility if the version in force on the first day of that month contains "
            + "the rule. When a case spans several months, the worker applies each version to the months it covers, "
            + "which can mean that two different rules are used within a single application.",
            "Changes between versions are announced to staff before they take effect. A change does not, by itself, "
            + "require the county to redetermine every open case. Instead, the new rule is applied at the next renewal "
            + "or at the next reported change, whichever comes first, unless an instruction accompanying the change says "
            + "that existing cases must be reviewed sooner.");

        b.Section(
            "1.5 Confidentiality of case information",
            "Information that a household gives the county in connection with Medi-Cal may be used only to administer "
            + "the program and closely related public benefits. Workers may not discuss a case with anyone outside the "
            + "household, including relatives and landlords, unless the household has named that person as an "
            + "authorized representative or has signed a release for the specific information being shared.",
            "Case records, including scanned documents and notes, are kept in the statewide system and are not copied "
            + "to personal devices or email accounts. A worker who receives a request for case information from a "
            + "court, a law enforcement agency or another government program refers the request to a supervisor "
            + "before responding.");

        b.Chapter("Chapter 2 Household Composition");
        b.Section(
            "2.1 Building the MAGI household",
            "For MAGI Medi-Cal, the household is built separately for each person who is applying, using the rules for "
            + "tax filers and non-filers. A person who expects to file a federal tax return for the year, and who is not "
            + "claimed as a dependent by anyone else, has a household made up of themselves, a spouse if they live "
            + "together, and everyone they expect to claim as a tax dependent.",
            "A person who will be claimed as a tax dependent generally has the same household as the person who claims "
            + "them. There are three common exceptions: a child who lives with both parents when the parents do not file "
            + "jointly, a child claimed by a non-custodial parent, and a dependent who is not the spouse or child of the "
            + "tax filer. In each of these situations the non-filer rules are used instead.",
            "Under the non-filer rules, the household consists of the person, their spouse if living together, and "
            + "their children under age 19 who live with them. For a child, the household also includes the parents and "
            + "siblings under age 19 living in the home. A pregnant person is counted as themselves plus the number of "
            + "children they are expected to deliver, both in their own household and in any other household that "
            + "includes them.");
        b.Section(
            "2.2 Non-MAGI family budget unit",
            "Non-MAGI Medi-Cal uses a family budget unit rather than a tax household. The unit normally includes the "
            + "applicant, a spouse living in the home, and unmarried children under age 21 who live with them. Other "
            + "relatives in the home are not part of the unit merely because they share expenses, although their "
            + "contributions may count as income to the unit under Chapter 3.",
            "When a member of the family budget unit enters a long-term care facility, the unit is re-examined in the "
            + "month after the person has been in the facility for a full calendar month. From that point, the person in "
            + "the facility is usually treated as a separate unit, and the spouse who remains at home is protected by "
            + "the community spouse rules described in the long-term care handbook.");
        if (!is2026)
        {
            b.Section(
                "2.3 Temporary residence in another county",
                "A household that is staying temporarily in another California county, for example to care for a "
                + "relative or during a seasonal job, keeps its case in the county of permanent residence as long as "
                + "the household intends to return. The worker documents the temporary address and the expected "
                + "return date, and mails notices to whichever address the household asks the county to use.",
                "If the stay lasts longer than six months, or if the household states that it no longer intends to "
                + "return, the worker starts an inter-county transfer. Coverage continues without interruption while "
                + "the transfer is pending, and the receiving county may not ask the household to reapply or to "
                + "provide verification that is already in the case file.");
        }

        b.Chapter("Chapter 3 Income");
        b.Section(
            "3.1 General rules",
            "Income is any money a person receives, whether it is earned through work or comes from another source "
            + "such as a pension, benefit or payment from another person. Only income that is actually available to "
            + "the household is counted. Money that the household cannot get access to, such as wages that were "
            + "garnished before payment for a debt the household did not choose, is treated according to the specific "
            + "rules for the program involved.",
            "For MAGI Medi-Cal, eligibility for new applicants is based on current monthly income, and for beneficiaries "
            + "at renewal it is based on the income the household reports for the current month, with reasonable "
            + "adjustments for changes the household expects. Non-MAGI Medi-Cal uses the income actually received in "
            + "the month being determined.");
        b.Section(
            "3.2 Countable income",
            "Countable income is the income that remains after excluded income has been set aside and allowable "
            + "deductions have been subtracted. The worker first identifies every source of income, then removes the "
            + "sources listed in section 3.3, and finally applies the deductions that belong to the program being "
            + "determined. The result is compared with the applicable limit in section 3.4.");
        b.Subsection(
            "3.2.1 Earned income",
            "Earned income includes wages, salaries, tips, commissions and net earnings from self-employment. For "
            + "wages, the gross amount before taxes and payroll deductions is used, except that pre-tax contributions "
            + "to retirement plans, health insurance and flexible spending accounts are subtracted under the MAGI "
            + "rules because they are not part of adjusted gross income.",
            "When pay is received weekly or every two weeks, the worker converts it to a monthly amount by multiplying "
            + "weekly pay by 4.33 or biweekly pay by 2.167. Self-employment income is counted after the business "
            + "expenses that would be allowed on a federal tax return. A recent tax return may be used as the starting "
            + "point, but the worker should adjust it when the household reports that its business has grown or shrunk "
            + "since that return was filed.");
        b.Subsection(
            "3.2.2 Unearned income",
            "Unearned income includes Social Security benefits, pensions, unemployment insurance benefits, "
            + "disability insurance payments, interest, dividends, rental income and alimony received under a divorce "
            + "agreement finalized before 2019. Under the MAGI rules, Social Security benefits are counted even when "
            + "they are not taxable, but Supplemental Security Income is never counted.",
            "Child support received is not counted under the MAGI rules. Under the non-MAGI rules it is counted as "
            + "income to the child for whom it is paid, after the disregard described in the non-MAGI budgeting "
            + "section. Gifts and irregular payments are counted under the non-MAGI rules only when they exceed the "
            + "small-amount thresholds set out in that section.");
        b.Section(
            "3.3 Income that is not counted",
            "Some kinds of money are never counted as income, regardless of the program. The most common are listed "
            + "below. The list is not complete, and the worker should check the exclusions table in the appendix "
            + "before counting an unusual payment:");
        b.List(
            "Loans that the household is legally required to repay, including student loans and loans from family "
            + "members when there is a clear agreement to repay.",
            "Tax refunds and refundable tax credits, including the earned income tax credit and the child tax credit, "
            + "for twelve months after they are received.",
            "Scholarships and grants used for tuition, fees, books and supplies, as opposed to room and board.",
            "Payments made directly to a provider on the household's behalf, such as rent paid by a relative straight "
            + "to the landlord.",
            "Benefits from CalFresh, the WIC program and other food programs, and energy assistance payments.");
        b.Section(
            "3.4 Income limits by household size",
            "For adults aged 19 through 64 who qualify under MAGI Medi-Cal, household income must not exceed 138 "
            + "percent of the federal poverty level for the household size. The limit already includes the 5 percent "
            + "income disregard, so no further disregard is subtracted before comparing income with the table below. "
            + "Children, pregnant people and some other groups have higher limits, which are shown in the appendix.");
        b.Table(
            "Monthly income limit by household size (138% FPL)",
            ["Household size", "Monthly limit"],
            is2026
                ?
                [
                    ["1", "$1,836"], ["2", "$2,489"], ["3", "$3,142"], ["4", "$3,795"],
                    ["5", "$4,448"], ["6", "$5,101"], ["7", "$5,754"], ["8", "$6,407"],
                ]
                :
                [
                    ["1", "$1,800"], ["2", "$2,433"], ["3", "$3,065"], ["4", "$3,698"],
                    ["5", "$4,330"], ["6", "$4,963"], ["7", "$5,595"], ["8", "$6,228"],
                ]);
        b.Paragraphs(
            is2026
                ? "The amounts in this table are sample figures prepared for the 2026 version of this handbook. They do "
                  + "not reproduce a published poverty guideline and must not be used on a real case."
                : "The amounts in this table are 138 percent of the 2025 federal poverty guidelines, divided by 12 and "
                  + "rounded to the nearest dollar. They are reproduced here as sample figures only.",
            "For households larger than eight, the worker adds the per-person increment shown in the appendix for each "
            + "additional member. When a household's income is within a few dollars of the limit, the worker should "
            + "confirm the household size and the monthly conversion of each income source before issuing a denial.");
        b.Section(
            "3.5 Verifying income",
            "Income is verified first through the electronic data sources available to the county, such as the "
            + "state wage database and federal benefit records. When the electronic information is reasonably "
            + "compatible with what the household reported, no paper verification is requested. Income is reasonably "
            + "compatible when both amounts are at or below the limit, both are above it, or the difference between "
            + "them is within the tolerance set by the state.",
            "When the electronic information is not reasonably compatible, or no electronic source is available, the "
            + "worker asks the household for documents such as recent pay stubs, an employer statement or a benefit "
            + "award letter. The request must list every document that will be accepted and give the household at "
            + "least ten days to respond. A household's own signed statement may be accepted when no other document "
            + "can reasonably be obtained.");

        b.Section(
            "3.6 Reporting changes in income",
            "Beneficiaries must report a change in income within 10 days of learning about it. A change may be "
            + "reported by telephone, online, by mail or in person, and the county records the date the report was "
            + "received. The worker acts on the change by redetermining eligibility for the month after the month in "
            + "which the change was reported, unless the change would increase benefits, in which case it is applied "
            + "as early as the rules allow.",
            "When a reported increase in income would make a beneficiary ineligible for MAGI Medi-Cal, the worker must "
            + "first consider every other program the beneficiary might qualify for, including programs with higher "
            + "income limits and coverage through the state's health insurance marketplace. Coverage is not "
            + "discontinued until that review is complete and a notice of action has been sent.");

        b.Chapter("Chapter 4 Property (Assets)");
        if (is2026)
        {
            b.Section(
                "4.1 Property limit",
                "A property limit is reinstated for non-MAGI Medi-Cal effective January 1, 2026. The limit is $130,000 "
                + "for one person and $65,000 for each additional household member, counting up to 10 household members. "
                + "A household whose countable property is at or below the limit on the first day of the month meets "
                + "the property requirement for that whole month.",
                "The limit applies to applications received on or after January 1, 2026, and to beneficiaries at their "
                + "first renewal on or after that date. Property that the household owned during 2024 and 2025, when no "
                + "property test applied, is not used to find the household ineligible for any month before January "
                + "2026. Workers should explain the new limit at renewal and give the household a chance to report "
                + "property that has been spent down or converted to exempt property.");
        }
        else
        {
            b.Section(
                "4.1 Property limit",
                "There is no property (asset) limit for non-MAGI Medi-Cal. The property test was eliminated effective "
                + "January 1, 2024, so a household is not asked to report the value of bank accounts, vehicles, real "
                + "property or other holdings in order to establish eligibility for non-MAGI Medi-Cal.",
                "Workers should not deny or discontinue coverage because of the amount of property a household owns, "
                + "and should not request statements or appraisals for that purpose. Information about property that "
                + "a household volunteers may still be recorded in the case file, because it can be relevant to other "
                + "programs the household applies for at the same time.");
        }

        b.Section(
            "4.2 Property that is always exempt",
            "Whenever a property limit applies under section 4.1, certain property is never counted toward it. The "
            + "home the household lives in is exempt regardless of its value, and it remains exempt while a household "
            + "member is away in a medical facility and intends to return. One motor vehicle is exempt without regard "
            + "to its value, and a second vehicle is exempt when it is needed for work, medical transportation or a "
            + "household member with a disability.",
            "Household goods and personal effects, burial plots, irrevocable burial trusts and retirement accounts "
            + "from which the owner is receiving periodic payments are also exempt. Property that the household is "
            + "making a good-faith effort to sell at a fair price is exempt while the effort continues, provided the "
            + "household cooperates by keeping the property listed for sale.");
        b.Section(
            "4.3 Valuing countable property",
            "Countable property is valued at its equity value, which is the amount it would sell for on the open market "
            + "minus any debts secured by it. Bank and credit union accounts are valued at the balance on the first day "
            + "of the month, after subtracting any income deposited in that same month, which is counted as income "
            + "rather than as property.",
            "Property owned jointly with someone outside the household is presumed to be shared equally among the "
            + "owners unless the household shows that its share is smaller. When the value of real property is in "
            + "question, the worker may accept the assessed value shown on the most recent county property tax bill "
            + "instead of requiring a formal appraisal.");
        b.Section(
            "4.4 MAGI Medi-Cal and property",
            "MAGI Medi-Cal has never had a property test. Children, parents and caretaker relatives, pregnant people "
            + "and adults under age 65 whose eligibility is determined under MAGI are not asked about property at "
            + "application or renewal, and any property they own does not affect their eligibility. Workers must not "
            + "apply section 4.1 to a MAGI determination, even when another member of the same family is being "
            + "evaluated under the non-MAGI rules.");

        b.Chapter("Chapter 5 Timeliness and Notices");
        b.Section(
            "5.1 Date of application",
            "The date of application is the date a signed application is received by the county, by the state's "
            + "online portal, or by a covered entity that forwards applications to the county. An application that is "
            + "received after business hours or on a weekend is treated as received on that day if it was submitted "
            + "online, and on the next business day if it was delivered in person or by mail.",
            "Coverage can begin as early as the first day of the month of application, and the household may also ask "
            + "for retroactive coverage for the three months before that month. A request for retroactive coverage is "
            + "evaluated month by month, using the rules and limits that were in effect in each of those months.");
        b.Section(
            "5.2 Processing deadlines",
            "The county must make a determination within 45 days of the date of application. When eligibility depends "
            + "on a disability determination, the deadline is 90 days. The deadline runs from the date of application, "
            + "not from the date on which the case was assigned to a worker or the date on which the last document "
            + "was received.",
            "The deadline may be extended only when the delay is caused by the applicant, for example when the "
            + "applicant does not provide requested verification or misses a scheduled appointment, or when an "
            + "administrative or other emergency beyond the county's control prevents timely processing. The reason "
            + "for any extension must be recorded in the case file, and the applicant must be told about the delay and "
            + "what is still needed.",
            "Applications from pregnant people and from people who are in a hospital or facility awaiting discharge "
            + "should be processed as quickly as possible and well within the standard deadline. Supervisors review "
            + "a weekly report of pending applications that are older than 30 days.");
        b.Section(
            "5.3 Notices of action",
            "Every decision to approve, deny, change or discontinue coverage must be explained in a written notice of "
            + "action. The notice states what action was taken, the reason for it, the rule the decision relies on, "
            + "and how to ask for a state fair hearing. Notices must be sent in the household's preferred written "
            + "language when a translated notice is available.",
            "When coverage is reduced or discontinued, the notice must be mailed in time to reach the household before "
            + "the change takes effect, as described in the Medi-Cal Notice of Action Guide. Coverage continues at the "
            + "existing level when the household asks for a hearing before the effective date of the action.");
        if (is2026)
        {
            b.Section(
                "5.4 Renewal reminders",
                "Beginning with renewals due in 2026, the county sends a reminder to any household that has not "
                + "returned its renewal form 30 days before the renewal due date. The reminder is sent by mail and, "
                + "when the household has agreed to electronic contact, also by text message or email.",
                "A reminder is a courtesy and does not extend the renewal deadline or replace the notice of action "
                + "required under section 5.3.");
        }

        return b.Build(
            Id,
            Title,
            version,
            $"Manual id: {Id}",
            $"Version {version:yyyy-MM-dd}, effective {version:MMMM d, yyyy}",
            string.Empty,
            "SAMPLE DOCUMENT. This handbook was written by the Eligibility project as test material for its policy "
            + "assistant. It is not official Department of Health Care Services (DHCS) policy, its figures are "
            + "illustrative, and it must not be used to determine anyone's eligibility.");
    }
}
