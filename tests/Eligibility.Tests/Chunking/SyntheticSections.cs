using System.Text;
using Eligibility.Core.Passages;
using Eligibility.Ingest.Layout;
using Eligibility.Ingest.Structure;

namespace Eligibility.Tests.Chunking;

/// <summary>Sections and blocks of known sizes for chunking (a token is estimated as four characters).</summary>
internal static class SyntheticSections
{
    public static Block Heading(string text) => new(BlockKind.Paragraph, text, []) { Bold = true, FontSize = 10 };

    public static Block Paragraph(string text) => new(BlockKind.Paragraph, text, []) { FontSize = 10 };

    /// <summary>A paragraph of whole sentences ("Sentence 1 of paragraph A states a rule. …"), about <paramref name="chars"/> long.</summary>
    public static Block Sentences(string label, int chars)
    {
        var text = new StringBuilder();
        for (var i = 1; text.Length < chars; i++)
        {
            text.Append(text.Length == 0 ? "" : " ").Append($"Sentence {i} of paragraph {label} states a rule that the agency must follow.");
        }

        return Paragraph(text.ToString());
    }

    /// <summary>A section headed by <paramref name="heading"/> (its path leaf, trailing full stop removed) followed by <paramref name="body"/>.</summary>
    public static Section Section(string heading, params Block[] body) =>
        new(new SectionPath([heading.TrimEnd('.')]), HeadingKindNumber(heading), [Heading(heading), .. body]) { HasHeading = true };

    private static string? HeadingKindNumber(string heading) => HeadingKind.NumberOf(heading);
}
