using Eligibility.Core.Manuals;
using Eligibility.Core.Passages;

namespace Eligibility.Infrastructure.Records.Manuals;

/// <summary>The cleaned text of one page of a manual version; passage offsets point into it.</summary>
internal sealed class PageRow
{
    public string ManualId { get; set; } = "";
    public string Version { get; set; } = "";
    public int Page { get; set; }
    public string Text { get; set; } = "";
    public bool FromOcr { get; set; }

    public static PageRow From(ManualVersionKey key, PageText page) =>
        new() { ManualId = key.ManualId, Version = key.Version, Page = page.Page, Text = page.Text, FromOcr = page.FromOcr };

    public PageText ToPage() => new(Page, Text, FromOcr);
}
