using System.Text.RegularExpressions;
using Eligibility.Ingest.Layout;

namespace Eligibility.Ingest.Structure;

/// <summary>
/// Recognises a printed table of contents ("Sec. 435.2 Purpose and applicability. 435.3 Basis. …").
/// Its entries repeat every section title, so indexing them would outrank the sections themselves.
/// </summary>
internal static partial class TableOfContents
{
    [GeneratedRegex(@"(?:^|\s)(?:§\s*)?\d{1,4}\.\d{1,4}[a-z]?\s+[A-Z\[]")]
    private static partial Regex Entry();

    [GeneratedRegex(@"^(Sec\.|Contents|Table of Contents|CONTENTS|TABLE OF CONTENTS)\s*$")]
    private static partial Regex Start();

    public static bool IsStart(Block block) => Start().IsMatch(block.Text.Trim());

    public static bool IsEntries(Block block)
    {
        var entries = Entry().Count(block.Text);
        return entries >= 1 && block.Text.Length / entries < 90 && (entries >= 2 || block.Text.Length < 90);
    }

    /// <summary>A block that starts a table of contents: its title, or at least two entries.</summary>
    public static bool Opens(Block block) => IsStart(block) || (IsEntries(block) && Entry().Count(block.Text) >= 2);
}
