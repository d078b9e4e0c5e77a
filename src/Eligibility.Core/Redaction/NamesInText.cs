using System.Text.RegularExpressions;

namespace Eligibility.Core.Redaction;

/// <summary>
/// People's names a caseworker typed without entering them in case facts, found by what surrounds them: a title
/// ("Mrs. Nguyen"), a word for the person ("my client Maria Lopez", "her son Diego", "named Ana"), a label
/// right after ("Maria Lopez, DOB …"), or a common first name followed by a surname ("Maria Lopez"). A
/// capitalised word that is a program, place, month or policy term is never taken for a name.
/// </summary>
internal static partial class NamesInText
{
    public static IReadOnlyList<string> Find(string text)
    {
        var found = new List<string>();
        foreach (var match in Titled().Matches(text).Concat(Cued().Matches(text)).Concat(BeforeLabel().Matches(text)).Concat(FirstAndLast().Matches(text)))
        {
            var words = match.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            while (words.Count > 0 && (NotNames.Contains(words[^1]) || CommonWords.Contains(words[^1])))
            {
                words.RemoveAt(words.Count - 1);
            }

            // A first name alone is not enough to tell a name from a place ("Diego" of San Diego): it needs its surname.
            if (words.Count > (match.Groups["first"].Success ? 1 : 0) && !NotNames.Contains(words[0]) && !CommonWords.Contains(words[0]))
            {
                found.Add(string.Join(' ', words));
            }
        }

        // Longest first, so that "Maria Lopez" is one person rather than "Maria" and "Lopez".
        return found.Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(n => n.Length).ToList();
    }

    private const string Word = @"\p{Lu}[\p{L}\p{Mn}'’-]*\p{Ll}\p{Mn}*";

    private const string Name = @"(?<name>" + Word + @"(?:\s+" + Word + @"){0,2})";

    [GeneratedRegex(@"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sr|Sra|Srta)\.?\s+" + Name)]
    private static partial Regex Titled();

    [GeneratedRegex(
        @"\b(?i:name\s+is|named|name\s*:|called|client|applicant|beneficiary|recipient|customer|consumer|caller|patient|enrollee|(?:(?:her|his|their|my|our|the|a)\s+|['’]s\s+)?(?:husband|wife|spouse|son|daughter|mother|father|mom|dad|child|kid|baby|grandson|granddaughter|grandchild|grandmother|grandfather|grandma|grandpa|sister|brother|partner|boyfriend|girlfriend|fiancée?|caretaker|caregiver|provider|nephew|niece|aunt|uncle|stepson|stepdaughter|stepfather|stepmother|cousin|roommate|landlord|neighbor|friend))\s*,?\s+"
        + Name)]
    private static partial Regex Cued();

    [GeneratedRegex(Name + @"\s*[,(]?\s*(?i:DOB|D\.O\.B|date\s+of\s+birth|born|SSN|CIN|age\s+\d|aged\s+\d|\d{1,3}\s*(?:yo|y/o|years?\s+old))\b")]
    private static partial Regex BeforeLabel();

    [GeneratedRegex(@"(?<!\b(?:San|Santa|Los|Las|El|La|Del|De|St\.?|Saint|Fort|Mount|Mt\.?)\s)(?<name>\b(?<first>" + FirstNamePattern + @")\s+" + Word + ")", RegexOptions.ExplicitCapture)]
    private static partial Regex FirstAndLast();

    // Common given names in California's caseloads that are not also everyday words ("Will", "Grant", "May", "Hope" are left out).
    private const string FirstNamePattern =
        "Maria|María|Jose|José|Juan|Luis|Carlos|Jesus|Jesús|Miguel|Jorge|Pedro|Francisco|Javier|Antonio|Manuel|Ricardo|Roberto|Fernando|Alejandro|Eduardo|Raul|Raúl|Sergio|Mario|Hector|Héctor|Diego|Andres|Andrés|Rafael|Ramon|Ramón|Guadalupe|Lupe|Rosa|Ana|Juana|Carmen|Patricia|Veronica|Verónica|Gabriela|Alejandra|Adriana|Leticia|Elena|Isabel|Sofia|Sofía|Lucia|Lucía|Yesenia|Esperanza|Margarita|Teresa|Silvia|Claudia|Martha|Marta|Norma|Blanca|Irma|Alicia|Consuelo|Dolores|Graciela|Ximena|Valeria|Camila|Mateo|Santiago|Emilio|Joaquin|Joaquín|"
        + "James|John|Robert|Michael|William|David|Richard|Joseph|Thomas|Charles|Christopher|Daniel|Matthew|Anthony|Donald|Steven|Paul|Andrew|Joshua|Kenneth|Kevin|Brian|George|Timothy|Ronald|Edward|Jason|Jeffrey|Ryan|Jacob|Gary|Nicholas|Eric|Jonathan|Stephen|Larry|Justin|Scott|Brandon|Benjamin|Samuel|Gregory|Alexander|Patrick|Jack|Dennis|Jerry|Tyler|Aaron|Henry|Douglas|Peter|Adam|Nathan|Zachary|Walter|Kyle|Harold|Carl|Jeremy|Keith|Roger|Gerald|Ethan|Arthur|Terry|Christian|Sean|Seán|Lawrence|Austin|Joe|Noah|Jesse|Albert|Bryan|Billy|Bruce|Willie|Jordan|Dylan|Alan|Ralph|Gabriel|Roy|Juan|Wayne|Eugene|Logan|Randy|Louis|Russell|Vincent|Philip|Bobby|Johnny|Bradley|Liam|Elijah|Lucas|Mason|Oliver|Aiden|Jayden|Kwame|Tyrone|DeShawn|Darnell|Jamal|Malik|Terrell|Andre|André|D’Angelo|D'Angelo|"
        + "Mary|Jennifer|Linda|Elizabeth|Barbara|Susan|Jessica|Sarah|Karen|Lisa|Nancy|Betty|Margaret|Sandra|Ashley|Kimberly|Emily|Donna|Michelle|Dorothy|Amanda|Melissa|Deborah|Stephanie|Rebecca|Sharon|Laura|Cynthia|Kathleen|Amy|Angela|Shirley|Anna|Brenda|Pamela|Emma|Nicole|Helen|Samantha|Katherine|Christine|Debra|Rachel|Carolyn|Janet|Catherine|Heather|Diane|Julie|Joyce|Victoria|Kelly|Christina|Lauren|Joan|Evelyn|Olivia|Judith|Megan|Cheryl|Martha|Andrea|Hannah|Jacqueline|Gloria|Teresa|Ann|Anne|Kathryn|Sara|Janice|Jean|Alice|Madison|Doris|Abigail|Julia|Judy|Grace|Denise|Amber|Marilyn|Beverly|Danielle|Theresa|Sophia|Marie|Diana|Brittany|Natalie|Isabella|Charlotte|Kayla|Alexis|Lori|Ava|Mia|Harper|Chloe|Aaliyah|Keisha|Latoya|Tamika|Ebony|Jasmine|Imani|Shanice|"
        + "Thi|Thị|Minh|Linh|Lan|Mai|Hoa|Huong|Hương|Thanh|Tuan|Tuấn|Duc|Đức|Quang|Hung|Hùng|Dung|Trang|Ngoc|Ngọc|Wei|Li|Jing|Ying|Hui|Xiao|Mei|Jun|Hong|Yan|Ming|Jian|Hao|Jia|Jin|Yong|Chen|Hiroshi|Yuki|Kenji|Akiko|Priya|Anil|Sunil|Rahul|Deepak|Ravi|Sanjay|Amit|Arjun|Neha|Pooja|Anjali|Fatima|Mohammed|Muhammad|Ahmed|Ali|Omar|Hassan|Hussein|Aisha|Layla|Leila|Armen|Aram|Gohar|Anahit|Narek|Hovhannes|Arturo|Rogelio|Reyna|Yolanda|Rocio|Rocío|Marisol|Maricela|Araceli|Jocelyn|Jazmin|Jazmín|Ernesto|Alfredo|Gerardo|Armando|Ruben|Rubén|Oscar|Óscar|Victor|Víctor|Enrique|Alberto|Felipe|Salvador|Ignacio|Guillermo|Rodrigo|Cristina|Mónica|Monica|Sandra|Nayeli|Itzel";

    // Capitalised words that begin or end a match but are not names: programs, places, months, days and policy terms.
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Medi-Cal", "Medicaid", "Medicare", "CalFresh", "CalWORKs", "Covered", "California", "County", "Counties", "State", "Federal", "Social", "Security",
        "Supplemental", "Income", "Disability", "Insurance", "Program", "Part", "Section", "Subpart", "Chapter", "Article", "Handbook", "Manual", "Act", "Code",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Is", "Does", "Do", "Did", "Has", "Have", "Can", "Could", "Should",
        "Would", "Will", "Was", "Were", "Are", "Who", "What", "When", "Where", "Which", "How", "Why", "If", "The", "And", "Or", "But", "In", "On", "At", "For",
        "With", "Without", "From", "To", "Of", "By", "As", "After", "Before", "Under", "Over", "She", "He", "They", "Her", "His", "Their", "Its", "It",
        "This", "That", "These", "Those", "Also", "Then", "Thanks", "Please", "Hi", "Hello", "Sacramento", "Los", "Angeles", "San",
        "Fresno", "Alameda", "Science", "Orange", "Riverside", "Bernardino", "Kern", "Santa", "Clara", "Contra", "Costa", "Ventura", "Stanislaus", "Tulare", "Yolo",
        "Placer", "Marin", "Sonoma", "Solano", "Monterey", "Humboldt", "Butte", "Shasta", "Imperial", "Merced", "Madera", "Kings", "Napa", "Nevada",
        "English", "Spanish", "Vietnamese", "Chinese", "Tagalog", "Armenian", "Korean", "Russian", "Farsi", "Arabic", "US", "U.S.", "USA", "American",
        "Citizen", "Resident", "Permanent", "Lawful", "Qualified", "Refugee", "Asylee", "Veteran", "Navy", "Army", "Marine", "Marines", "Corps", "Air",
        "Force", "Coast", "Guard", "Household", "Applicant", "Beneficiary", "Client", "Caseworker", "Worker", "Eligibility", "Assistance", "Savings",
        "Plan", "Plans", "Premium", "Premiums", "Benefits", "Benefit", "Emergency", "Restricted", "Scope", "Full", "Long", "Term", "Care", "Nursing",
        "Facility", "Home", "Health", "Services", "Department", "Office", "Center", "Hospital", "Clinic", "Court", "Street", "Avenue", "Road", "Drive",
        "Lane", "Boulevard", "Way", "Yes", "No", "Not", "Any", "All", "Each", "Every", "Some", "One", "Two", "Three", "Rule", "Rules", "Limit", "Limits",
    };

    // Words a caseworker capitalises at the start of a clause after a cue word ("my client Has…"); only a first-name list match overrides.
    private static readonly HashSet<string> CommonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Just", "Only", "Still", "Now", "Recently", "Currently", "Already", "Never", "Always", "Again", "Lives", "Works", "Moved", "Says", "Said", "Asked",
        "Wants", "Needs", "Gets", "Got", "Receives", "Received", "Applied", "Applies", "Reports", "Reported", "Turned", "Turns", "Owns", "Rents", "Pays",
        "Earns", "Made", "Makes", "Came", "Comes", "Lost", "Left", "Married", "Divorced", "Pregnant", "Disabled", "Blind", "Here", "There",
    };
}
