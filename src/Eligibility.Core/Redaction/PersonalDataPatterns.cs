using System.Text.RegularExpressions;

namespace Eligibility.Core.Redaction;

/// <summary>
/// The written forms of personal data a caseworker types. Each pattern is anchored so that policy content next
/// to it survives: amounts (<c>$2,000</c>), percentages, section numbers, ages, household sizes, and dates that
/// are not birth dates (<c>as of 1/1/2026</c>, <c>August 22, 1996</c>).
/// </summary>
internal static partial class PersonalDataPatterns
{
    private const string Month = @"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";
    private const string Day = @"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?";
    private const string Year = @"(?:(?:18|19|20)\d{2}|'\d{2})";

    // 3/5/90, 03-05-1990, 3.5.1990 (one separator throughout); 1990-03-05; March 5, 1990; Mar. 5th '90; 5 March 1990; the 5th of March, 1990.
    private const string FullDate =
        @"(?:(?<![\d/.-])(?:0?[1-9]|1[0-2])(?<sep>[/.-])(?:0?[1-9]|[12]\d|3[01])\k<sep>(?:(?:19|20)?\d{2})(?!\d|[/.-]\d)"
        + @"|(?<![\d/.-])(?:19|20)\d{2}(?<isep>[/.-])(?:0?[1-9]|1[0-2])\k<isep>(?:0?[1-9]|[12]\d|3[01])(?!\d|[/.-]\d)"
        + @"|\b" + Month + @"\s+" + Day + @",?\s+(?:" + Year + @"|\d{2})\b"
        + @"|\b(?:the\s+)?" + Day + @"\s+(?:of\s+)?" + Month + @",?\s+" + Year + @"\b)";

    // What a birth date or year may be written as once a birth word has said so: any full date, a month and year, a year, or 3/90.
    private const string BirthValue = FullDate + @"|\b" + Month + @",?\s+" + Year + @"\b|\b(?:19|20)\d{2}\b|(?<!\d)(?:0?[1-9]|1[0-2])/(?:\d{2}|(?:19|20)\d{2})(?![\d/])";

    private const string BirthLabel = @"\b(?:DOB|D\.\s?O\.\s?B\.?|date\s+of\s+birth|birth\s*date|birthday|bday|born|b\.(?=\s*(?:\d|" + Month + ")))";

    [GeneratedRegex(@"(?<label>" + BirthLabel + @"\s*(?:[:=#-]\s*|(?:is|was|of|on|in)\s+)*)(?<value>" + BirthValue + ")", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex LabelledBirthDate();

    // "3/5/1990 (DOB)", "March 5, 1990 - date of birth", "the 4th of July, 1958 is her date of birth".
    // A birth word that a date follows belongs to that date ("applied 2026-02-10, DOB 1958-02-10"), not to the one before it.
    [GeneratedRegex(@"(?<value>" + FullDate + @")(?<label>\s*(?:\(\s*|-\s*|,\s*|\s(?:is|was)\s+(?:her|his|their|the|my|our)?\s*)(?:DOB|D\.O\.B\.?|date\s+of\s+birth|birth\s*date|birthday)\b(?![\s:=#-]*(?:is\s+|of\s+|was\s+)?(?:\d|\[|" + Month + ")))", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex BirthDateThenLabel();

    /// <summary>Any full date: compared with the known dates of birth.</summary>
    [GeneratedRegex(FullDate, RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex AnyDate();

    [GeneratedRegex(@"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")]
    public static partial Regex Email();

    // An identifier after the word that names it: "case # SAC-2025-000417", "CIN 9123 4567 A", "A-number A123456789", "MBI 1EG4-TE5-MK73".
    [GeneratedRegex(
        @"(?<label>\b(?:CIN|BIC|ITIN|MBI|client\s+index\s+(?:number|no\.?|#)|Medi-?Cal\s+(?:ID|card|number|no\.?|#)(?:\s+(?:number|no\.?|#))?|Medicare\s+(?:ID|card|number|no\.?|#)(?:\s+(?:number|no\.?|#))?|case\s*(?:number|no\.?|#|ID)|A-?number|alien\s+(?:registration\s+)?(?:number|no\.?|#)|USCIS\s+(?:number|no\.?|#)|driver'?s\s+licen[cs]e(?:\s+(?:number|no\.?|#))?|(?:checking|savings|bank)?\s*(?:account|acct\.?)\s*(?:number|no\.?|#)?|policy\s+(?:number|no\.?|#)|member\s+ID|ID\s+(?:number|no\.?|#))\s*(?:#|:|is|no\.?|ending\s+in)?\s*)"
        + @"(?<value>(?=[A-Z0-9 -]{0,24}\d)[A-Z0-9](?:[A-Z0-9-]|\s(?=[A-Z0-9]{1,5}\b(?!\s+(?:and|or|for|is|was|has|in|on|of|to)\b))){3,24}[A-Z0-9]?)",
        RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex LabelledIdentifier();

    // 123-45-6789, 123 45 6789, 123.45.6789, 123 - 45 - 6789, 123456789; and the masked forms xxx-xx-6789.
    [GeneratedRegex(@"(?<![\d$,.])(?:\d{3}\s*-\s*\d{2}\s*-\s*\d{4}|\d{3}\.\d{2}\.\d{4}|\d{3} \d{2} \d{4}|\d{9})(?!\d|[,.]\d)|\b(?:x{3}|\*{3})-?(?:x{2}|\*{2})-?\d{4}\b", RegexOptions.IgnoreCase)]
    public static partial Regex Ssn();

    // "SSN ending in 6789", "last four of her social 6789": the digits after the words that say what they are.
    [GeneratedRegex(@"(?<label>\b(?:SSN|SS#|social(?:\s+security)?(?:\s+number)?)\b[^.\n\d]{0,25}?(?:last\s+(?:4|four)(?:\s+digits)?|ending(?:\s+in)?|ends\s+(?:in|with))\s*(?:of\s+)?[:#]?\s*)(?<value>\d{4})\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex SsnLastFour();

    // A Medi-Cal client index number: 8 digits and a check letter, sometimes a 9th digit first.
    [GeneratedRegex(@"\b9?\d{8}(?:[A-Za-z]|\s[A-Z])\b")]
    public static partial Regex Cin();

    [GeneratedRegex(@"(?<![\d$,.])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s*|\d{3}\s*[-.\s]\s*)\d{3}\s*[-.\s]\s*\d{4}(?!\d|[,.]\d)(?:\s*(?:x|ext\.?|extension)\s*\d{1,5})?|(?<![\d$,.])(?:\+?1)?\d{10}(?!\d)", RegexOptions.IgnoreCase)]
    public static partial Regex Phone();

    // A street address: a house number, up to three words and a street type, then unit, city, state and ZIP when given.
    // The first word after the number may not be a unit of measure or a small word ("within 10 days of the Court").
    [GeneratedRegex(
        @"(?<![\d$,.])\d{1,6}(?:-?[A-Z])?\s+(?:(?i:[NSEW]\.?|North|South|East|West)\s+)?"
        + @"(?!(?i:days?|months?|years?|weeks?|hours?|hrs?|minutes?|percent|people|persons?|members?|children|kids|adults|dollars|times|units?|of|the|and|or|to|in|for|per|a|an|is|are|was|more|less|other)\b)"
        + @"(?:[\p{L}\d'’.-]+\s+){0,3}?(?i:St|Street|Ave|Avenue|Blvd|Boulevard|Rd|Road|Dr|Drive|Ln|Lane|Way|Ct|Court|Pl|Place|Mall|Ter|Terrace|Cir|Circle|Pkwy|Parkway|Hwy|Highway|Sq|Square|Trl|Trail|Loop|Row|Real|Alameda)\b\.?"
        + @"(?:,?\s*(?i:Apt|Apartment|Unit|Suite|Ste|Space|Spc|#)\.?\s*#?[A-Za-z0-9-]+)?"
        + @"(?:,\s*\p{Lu}[\p{L}.]+(?:\s+\p{Lu}[\p{L}.]+){0,2}(?=\s*,|\s+(?:CA|California)\b|\s+9\d{4}))?"
        + @"(?:,?\s+(?:CA|California))?(?:,?\s+9\d{4}(?:-\d{4})?)?")]
    public static partial Regex StreetAddress();

    // After words that say an address follows: "lives at 1234 El Camino Real", "address: 18 Vista Grande".
    [GeneratedRegex(@"(?<label>\b(?i:(?:lives|living|resides|residing|stays|staying)\s+at|(?:home|mailing|street|residential)\s+address(?:\s+is)?\s*:?|address(?:\s+is)?\s*:|moved\s+to))\s+(?<value>\d{1,6}(?:-?[A-Z])?\s+(?:[NSEW]\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}(?:,?\s*(?i:Apt|Unit|#)\.?\s*\w+)?)", RegexOptions.ExplicitCapture)]
    public static partial Regex LabelledAddress();

    [GeneratedRegex(@"\bP\.?\s?O\.?\s?Box\s+\d+\b", RegexOptions.IgnoreCase)]
    public static partial Regex PostOfficeBox();

    // A California ZIP after its state, or after the word ZIP.
    [GeneratedRegex(@"\b(?:CA|California)\s+9\d{4}(?:-\d{4})?\b|(?<label>\b(?i:zip(?:\s*code)?|postal\s+code)\s*:?\s*)(?<value>\d{5}(?:-\d{4})?)\b", RegexOptions.ExplicitCapture)]
    public static partial Regex Zip();

    /// <summary>Eight or more digits in a row, spaces or hyphens allowed between them: an account or other identifying number.</summary>
    [GeneratedRegex(@"(?<![\d$,.])(?!(?:19|20)\d{2}-\d{2}-\d{2}(?!\d))\d(?:[ -]?\d){7,}(?!\d|[,.]\d)")]
    public static partial Regex LongNumber();

    /// <summary>A placeholder and the label right before it ("client SSN [SSN-1]"): nothing in it is about policy.</summary>
    [GeneratedRegex(@"(?:\b(?:ssn|social security(?: number)?|cin|medi-cal id|client index number|case (?:number|no\.?|#)|account(?: number)?|acct|dob|d\.o\.b\.|date of birth|born(?: on| in)?|birth ?date|birthday|phone|cell|tel|telephone|call|e-?mail|address|lives at|moved to|home|at|zip|mr|mrs|ms|client|applicant|named|name is)\b\.?\s*:?\s*)?\[(?:SSN|CIN|ID|DATE|DOB|PHONE|EMAIL|ADDRESS|ZIP|CONTACT|NUMBER|NAME)-?\d*\]", RegexOptions.IgnoreCase)]
    public static partial Regex PlaceholderWithLabel();
}
