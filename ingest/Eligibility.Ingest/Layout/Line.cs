using Eligibility.Ingest.Reading;

namespace Eligibility.Ingest.Layout;

/// <summary>One visual line in a column: its runs left to right, and the cells when it is a table row.</summary>
internal sealed class Line(int page, int column, List<TextRun> runs, IReadOnlyList<string> cells)
{
    public int Page { get; } = page;
    public int Column { get; } = column;
    public List<TextRun> Runs { get; } = runs;
    public IReadOnlyList<string> Cells { get; } = cells;
    public string Text => string.Join(InTable ? " | " : " ", Cells);
    public double Left { get; } = runs.Min(r => r.Left);
    public double Right { get; } = runs.Max(r => r.Right);
    public double Top { get; } = runs.Min(r => r.Top);
    public double Bottom { get; } = runs.Max(r => r.Bottom);
    public double Height => Bottom - Top;
    public double FontSize { get; } = runs.Where(r => !r.IsBlank).Select(r => r.FontSize).DefaultIfEmpty(0).Max();
    public bool Bold { get; } = runs.Where(r => !r.IsBlank).All(r => r.Bold);
    public bool IsTableRow => Cells.Count > 1;
    public bool InTable { get; set; }
    public bool IsFootnote { get; set; }
    public bool FromOcr { get; init; }

    /// <summary>Right edge of the column this line belongs to (for telling a short last line from a full one).</summary>
    public double ColumnRight { get; set; }

    /// <summary>The column's usual left margin.</summary>
    public double ColumnLeft { get; set; }

    public bool IsShort(double bodySize) => Right < ColumnRight - (bodySize * 2);
}
