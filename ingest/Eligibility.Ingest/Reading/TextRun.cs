namespace Eligibility.Ingest.Reading;

/// <summary>A run of text in one font on one line of a page, positioned in PDF points from the top-left corner.</summary>
public sealed record TextRun(string Text, double Left, double Top, double Width, double Height, double FontSize, bool Bold, bool Italic)
{
    public double Right => Left + Width;
    public double Bottom => Top + Height;
    public double CenterY => Top + (Height / 2);
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);
}
