namespace Eligibility.CorpusSamples;

/// <summary>One sample manual version: identity, title page text and an ordered list of blocks.</summary>
internal sealed record Manual(
    string Id,
    string Title,
    DateOnly Version,
    IReadOnlyList<string> TitlePageLines,
    IReadOnlyList<Block> Blocks)
{
    public string VersionText => Version.ToString("yyyy-MM-dd");

    public string FileName => $"{Id}_{VersionText}.pdf";
}

/// <summary>A unit of laid-out content.</summary>
internal abstract record Block;

/// <summary>Top-level heading ("Chapter 3 Income", "Article 1 ...").</summary>
internal sealed record ChapterHeading(string Text) : Block;

/// <summary>Numbered section heading ("3.2 Countable income").</summary>
internal sealed record SectionHeading(string Text) : Block;

/// <summary>Numbered sub-section heading ("3.2.1 Earned income").</summary>
internal sealed record SubsectionHeading(string Text) : Block;

/// <summary>A body paragraph.</summary>
internal sealed record Paragraph(string Text) : Block;

/// <summary>A list item with a hanging label such as "(a)".</summary>
internal sealed record ListItem(string Label, string Text) : Block;

/// <summary>A simple table with a caption, a header row and data rows.</summary>
internal sealed record Table(string Caption, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) : Block;

/// <summary>Fluent helper used by the content classes to assemble a manual.</summary>
internal sealed class ManualBuilder
{
    private readonly List<Block> _blocks = [];

    public ManualBuilder Chapter(string text)
    {
        _blocks.Add(new ChapterHeading(text));
        return this;
    }

    public ManualBuilder Section(string heading, params string[] paragraphs)
    {
        _blocks.Add(new SectionHeading(heading));
        return Paragraphs(paragraphs);
    }

    public ManualBuilder Subsection(string heading, params string[] paragraphs)
    {
        _blocks.Add(new SubsectionHeading(heading));
        return Paragraphs(paragraphs);
    }

    public ManualBuilder Paragraphs(params string[] paragraphs)
    {
        foreach (var p in paragraphs)
        {
            _blocks.Add(new Paragraph(p));
        }

        return this;
    }

    /// <summary>Adds list items labelled (a), (b), (c), ...</summary>
    public ManualBuilder List(params string[] items)
    {
        for (int i = 0; i < items.Length; i++)
        {
            _blocks.Add(new ListItem($"({(char)('a' + i)})", items[i]));
        }

        return this;
    }

    public ManualBuilder Table(string caption, string[] header, string[][] rows)
    {
        _blocks.Add(new Table(caption, header, rows));
        return this;
    }

    public Manual Build(string id, string title, DateOnly version, params string[] titlePageLines) =>
        new(id, title, version, titlePageLines, _blocks.ToList());
}
