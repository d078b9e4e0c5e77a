using Eligibility.Core.Passages;

namespace Eligibility.Infrastructure.Anthropic;

/// <summary>
/// The title Claude sees for a passage (and returns in its citations):
/// <c>{manual} — {section path} (version {v}, effective {yyyy-MM-dd}, pp. {start}–{end})</c>.
/// </summary>
internal static class SearchResultTitle
{
    public static string For(Passage passage)
    {
        var pages = passage.PageStart == passage.PageEnd
            ? $"p. {passage.PageStart}"
            : $"pp. {passage.PageStart}–{passage.PageEnd}";
        var details = $"(version {passage.Version}, effective {passage.EffectiveDate:yyyy-MM-dd}, {pages})";
        var section = passage.SectionPath.ToString();
        return section.Length == 0
            ? $"{passage.ManualTitle} {details}"
            : $"{passage.ManualTitle} — {section} {details}";
    }
}
