using System.Text.Json;
using Eligibility.Core.Passages;

namespace Eligibility.Infrastructure.Records.Manuals;

/// <summary>A passage as stored. Title and effective date come from its version when it is read.</summary>
internal sealed class PassageRow
{
    public string Id { get; set; } = "";
    public string ManualId { get; set; } = "";
    public string Version { get; set; } = "";
    public int Ordinal { get; set; }
    public string SectionPath { get; set; } = "";
    public string? SectionNumber { get; set; }
    public int PageStart { get; set; }
    public int PageEnd { get; set; }
    public int StartOffset { get; set; }
    public int EndOffset { get; set; }
    public string Text { get; set; } = "";
    public string ContextHeader { get; set; } = "";
    public string ContentHash { get; set; } = "";
    public int TokenEstimate { get; set; }
    public bool ContainsTable { get; set; }
    public bool FromOcr { get; set; }
    public string Regions { get; set; } = "[]";

    public static PassageRow From(Passage p) => new()
    {
        Id = p.Id,
        ManualId = p.ManualId,
        Version = p.Version,
        Ordinal = p.Ordinal,
        SectionPath = p.SectionPath.ToString(),
        SectionNumber = p.SectionNumber,
        PageStart = p.PageStart,
        PageEnd = p.PageEnd,
        StartOffset = p.StartOffset,
        EndOffset = p.EndOffset,
        Text = p.Text,
        ContextHeader = p.ContextHeader,
        ContentHash = p.ContentHash,
        TokenEstimate = p.TokenEstimate,
        ContainsTable = p.ContainsTable,
        FromOcr = p.FromOcr,
        Regions = JsonSerializer.Serialize(p.Regions),
    };

    public Passage ToPassage(string manualTitle, DateOnly effectiveDate) => new()
    {
        Id = Id,
        ManualId = ManualId,
        Version = Version,
        ManualTitle = manualTitle,
        EffectiveDate = effectiveDate,
        Ordinal = Ordinal,
        SectionPath = Core.Passages.SectionPath.Parse(SectionPath),
        SectionNumber = SectionNumber,
        PageStart = PageStart,
        PageEnd = PageEnd,
        StartOffset = StartOffset,
        EndOffset = EndOffset,
        Text = Text,
        ContextHeader = ContextHeader,
        ContentHash = ContentHash,
        TokenEstimate = TokenEstimate,
        ContainsTable = ContainsTable,
        FromOcr = FromOcr,
        Regions = JsonSerializer.Deserialize<List<PageRegion>>(Regions) ?? [],
    };
}
