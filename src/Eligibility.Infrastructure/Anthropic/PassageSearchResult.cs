using Anthropic.Models.Messages;
using Eligibility.Core.Passages;

namespace Eligibility.Infrastructure.Anthropic;

/// <summary>
/// One passage as a citable search result: its id is the citation source and its title says manual, section,
/// version and pages. Citations are enabled on every block, because the API requires all or none.
/// </summary>
internal static class PassageSearchResult
{
    public static SearchResultBlockParam For(Passage passage) => new()
    {
        Source = passage.Id,
        Title = SearchResultTitle.For(passage),
        Content = [new TextBlockParam(passage.Text)],
        Citations = new CitationsConfigParam { Enabled = true },
    };
}
