using Anthropic.Models.Messages;
using Eligibility.Core.Passages;

namespace Eligibility.Infrastructure.Anthropic;

/// <summary>
/// One passage as a citable search result: its id is the citation source and its title says manual, section,
/// version and pages. Citations are enabled on every block, because the API requires all or none. A sentence that
/// addresses an assistant (<see cref="PlantedInstructions"/>) is withheld: it is manual text, not policy, and a
/// citation of the placeholder never verifies.
/// </summary>
internal static class PassageSearchResult
{
    public const string Withheld = PlantedInstructions.WithheldNotice;

    public static SearchResultBlockParam For(Passage passage) => new()
    {
        Source = passage.Id,
        Title = SearchResultTitle.For(passage),
        Content = [new TextBlockParam(PlantedInstructions.Withhold(passage.Text))],
        Citations = new CitationsConfigParam { Enabled = true },
    };
}
