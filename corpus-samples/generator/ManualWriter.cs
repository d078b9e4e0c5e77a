using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Eligibility.CorpusSamples;

/// <summary>
/// Lays out a <see cref="Manual"/> onto US Letter pages: a title page, flowing body text with
/// greedy line wrapping, headings kept with the text that follows them, tables at fixed column
/// positions, and a running header/footer added once the page count is known.
/// </summary>
internal sealed class ManualWriter : IDisposable
{
    private const double Margin = 72;
    private const double HeaderBaseline = 50;
    private const double FooterBaselineFromBottom = 42;
    private const double BodyLeading = 13.5;
    private const double ListIndent = 24;
    private static readonly double[] TableColumns = [120, 360];

    // Fonts are created per writer, i.e. after Program has installed the font resolver.
    private readonly XFont _titleFont = new(DejaVuFontResolver.SerifFamily, 18, XFontStyleEx.Bold);
    private readonly XFont _titleLineFont = new(DejaVuFontResolver.SerifFamily, 11);
    private readonly XFont _chapterFont = new(DejaVuFontResolver.SerifFamily, 15, XFontStyleEx.Bold);
    private readonly XFont _sectionFont = new(DejaVuFontResolver.SerifFamily, 11.5, XFontStyleEx.Bold);
    private readonly XFont _subsectionFont = new(DejaVuFontResolver.SerifFamily, 10.5, XFontStyleEx.Bold);
    private readonly XFont _bodyFont = new(DejaVuFontResolver.SerifFamily, 10);
    private readonly XFont _bodyBoldFont = new(DejaVuFontResolver.SerifFamily, 10, XFontStyleEx.Bold);
    private readonly XFont _runningFont = new(DejaVuFontResolver.SansFamily, 8);

    private readonly Manual _manual;
    private readonly PdfDocument _document = new();
    private XGraphics? _gfx;
    private double _y;

    private ManualWriter(Manual manual) => _manual = manual;

    private XGraphics Gfx => _gfx ?? throw new InvalidOperationException("No current page.");

    private double PageWidth => _document.Pages[^1].Width.Point;

    private double PageHeight => _document.Pages[^1].Height.Point;

    private double TextWidth => PageWidth - (2 * Margin);

    private double BottomLimit => PageHeight - Margin;

    private bool AtTopOfPage => _y <= Margin;

    /// <summary>Renders <paramref name="manual"/> and saves it to <paramref name="path"/>; returns the page count.</summary>
    public static int Write(Manual manual, string path)
    {
        using var writer = new ManualWriter(manual);
        return writer.Render(path);
    }

    public void Dispose()
    {
        _gfx?.Dispose();
        _document.Dispose();
    }

    private int Render(string path)
    {
        SetDocumentInfo();
        DrawTitlePage();
        NewPage();
        foreach (var block in _manual.Blocks)
        {
            DrawBlock(block);
        }

        _gfx?.Dispose();
        _gfx = null;
        DrawRunningHeadersAndFooters();
        int pageCount = _document.PageCount;
        _document.Save(path);
        return pageCount;
    }

    private void SetDocumentInfo()
    {
        var date = _manual.Version.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var info = _document.Info;
        info.Title = _manual.Title;
        info.Subject = $"Sample manual {_manual.Id}, version {_manual.VersionText}. Not official policy.";
        info.Author = "Eligibility project (sample content)";
        info.Keywords = $"{_manual.Id}; {_manual.VersionText}; sample";
        info.CreationDate = date;
        info.ModificationDate = date;

        // Fixed document IDs so that regenerating produces the same trailer.
        var id = DocumentId($"{_manual.Id}_{_manual.VersionText}");
        _document.Internals.FirstDocumentID = id;
        _document.Internals.SecondDocumentID = id;
    }

    private static string DocumentId(string key)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key));
        return new string(hash.Take(16).Select(b => (char)b).ToArray());
    }

    private void NewPage()
    {
        _gfx?.Dispose();
        var page = _document.AddPage();
        page.Size = PageSize.Letter;
        _gfx = XGraphics.FromPdfPage(page);
        _y = Margin;
    }

    private void EnsureSpace(double height)
    {
        if (_y + height > BottomLimit)
        {
            NewPage();
        }
    }

    private void DrawTitlePage()
    {
        NewPage();
        _y = 200;
        foreach (var line in Wrap(_manual.Title, _titleFont, TextWidth))
        {
            DrawText(line, _titleFont, Margin);
            _y += 24;
        }

        _y += 16;
        foreach (var text in _manual.TitlePageLines)
        {
            if (text.Length == 0)
            {
                _y += 10;
                continue;
            }

            foreach (var line in Wrap(text, _titleLineFont, TextWidth))
            {
                DrawText(line, _titleLineFont, Margin);
                _y += 16;
            }
        }
    }

    private void DrawBlock(Block block)
    {
        switch (block)
        {
            case ChapterHeading h:
                DrawHeading(h.Text, _chapterFont, spaceBefore: 20, spaceAfter: 8, leading: 19);
                break;
            case SectionHeading h:
                DrawHeading(h.Text, _sectionFont, spaceBefore: 10, spaceAfter: 4, leading: 15);
                break;
            case SubsectionHeading h:
                DrawHeading(h.Text, _subsectionFont, spaceBefore: 4, spaceAfter: 3, leading: 14);
                break;
            case Paragraph p:
                DrawWrapped(p.Text, Margin, TextWidth, label: null);
                _y += 8;
                break;
            case ListItem item:
                DrawWrapped(item.Text, Margin + ListIndent, TextWidth - ListIndent, item.Label);
                _y += 3;
                break;
            case Table t:
                DrawTable(t);
                break;
            default:
                throw new NotSupportedException($"Unknown block type {block.GetType().Name}.");
        }
    }

    private void DrawHeading(string text, XFont font, double spaceBefore, double spaceAfter, double leading)
    {
        var lines = Wrap(text, font, TextWidth);
        if (!AtTopOfPage)
        {
            _y += spaceBefore;
        }

        // Keep the heading with at least three lines of the text that follows it.
        EnsureSpace((lines.Count * leading) + spaceAfter + (3 * BodyLeading));
        foreach (var line in lines)
        {
            DrawText(line, font, Margin);
            _y += leading;
        }

        _y += spaceAfter;
    }

    private void DrawWrapped(string text, double x, double width, string? label)
    {
        var lines = Wrap(text, _bodyFont, width);
        EnsureSpace(Math.Min(2, lines.Count) * BodyLeading);
        for (int i = 0; i < lines.Count; i++)
        {
            EnsureSpace(BodyLeading);
            if (i == 0 && label is not null)
            {
                DrawText(label, _bodyFont, x - ListIndent);
            }

            DrawText(lines[i], _bodyFont, x);
            _y += BodyLeading;
        }
    }

    private void DrawTable(Table table)
    {
        const double rowHeight = 15;
        double height = rowHeight * (table.Rows.Count + 2) + 16;
        if (!AtTopOfPage)
        {
            _y += 4;
        }

        EnsureSpace(height);
        DrawText(table.Caption, _bodyBoldFont, Margin);
        _y += rowHeight + 2;

        double left = TableColumns[0] - 8;
        double right = Math.Min(PageWidth - Margin, TableColumns[^1] + 120);
        var pen = new XPen(XColors.Black, 0.5);
        Gfx.DrawLine(pen, left, _y - 2, right, _y - 2);
        DrawRow(table.Header, _bodyBoldFont);
        _y += rowHeight;
        Gfx.DrawLine(pen, left, _y - 2, right, _y - 2);
        foreach (var row in table.Rows)
        {
            DrawRow(row, _bodyFont);
            _y += rowHeight;
        }

        Gfx.DrawLine(pen, left, _y - 2, right, _y - 2);
        _y += 8;
    }

    private void DrawRow(IReadOnlyList<string> cells, XFont font)
    {
        for (int c = 0; c < cells.Count && c < TableColumns.Length; c++)
        {
            DrawText(cells[c], font, TableColumns[c]);
        }
    }

    private void DrawText(string text, XFont font, double x) =>
        Gfx.DrawString(text, font, XBrushes.Black, x, _y, XStringFormats.TopLeft);

    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        var current = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : $"{current} {word}";
            if (current.Length > 0 && Gfx.MeasureString(candidate, font).Width > width)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = candidate;
            }
        }

        if (current.Length > 0)
        {
            lines.Add(current);
        }

        return lines;
    }

    private void DrawRunningHeadersAndFooters()
    {
        int total = _document.PageCount;
        for (int i = 0; i < total; i++)
        {
            var page = _document.Pages[i];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            double width = page.Width.Point;
            if (i > 0)
            {
                gfx.DrawString(_manual.Title, _runningFont, XBrushes.Black, Margin, HeaderBaseline);
                var version = $"Version {_manual.VersionText}";
                double versionWidth = gfx.MeasureString(version, _runningFont).Width;
                gfx.DrawString(version, _runningFont, XBrushes.Black, width - Margin - versionWidth, HeaderBaseline);
            }

            var footer = $"Page {i + 1} of {total}";
            double footerWidth = gfx.MeasureString(footer, _runningFont).Width;
            gfx.DrawString(footer, _runningFont, XBrushes.Black, (width - footerWidth) / 2, page.Height.Point - FooterBaselineFromBottom);
        }
    }
}
