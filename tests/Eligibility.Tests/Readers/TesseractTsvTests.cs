using Eligibility.Ingest.Reading;

namespace Eligibility.Tests.Readers;

/// <summary>Tesseract's TSV becomes one run per recognised line, in points (300 dpi pixels × 72/300), without low-confidence words.</summary>
public sealed class TesseractTsvTests
{
    private const string Tsv =
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n" +
        "1\t1\t0\t0\t0\t0\t0\t0\t2550\t3300\t-1\t\n" +
        "4\t1\t1\t1\t1\t0\t300\t400\t700\t50\t-1\t\n" +
        "5\t1\t1\t1\t1\t1\t300\t400\t200\t50\t96.5\tCountable\n" +
        "5\t1\t1\t1\t1\t2\t520\t400\t150\t54\t91\tincome\n" +
        "5\t1\t1\t1\t1\t3\t700\t405\t300\t40\t12.0\t~~:;\n" +
        "5\t1\t1\t1\t2\t1\t300\t500\t300\t50\t95\tResources\r\n" +
        "5\t1\t1\t1\t3\t1\t300\t600\t100\t50\t5\tnoise\n";

    [Fact]
    public void Words_are_grouped_into_lines_scaled_to_points_and_low_confidence_words_dropped()
    {
        var runs = TesseractOcr.ParseTsv(Tsv);

        Assert.Equal(["Countable income", "Resources"], runs.Select(r => r.Text));
        var first = runs[0];
        Assert.Equal(72, first.Left, 6);
        Assert.Equal(96, first.Top, 6);
        Assert.Equal((670 - 300) * 0.24, first.Width, 6);
        Assert.Equal(54 * 0.24, first.Height, 6);
        Assert.Equal(54 * 0.24, first.FontSize, 6);
        Assert.Equal(120, runs[1].Top, 6);
        Assert.False(first.Bold);
    }

    [Fact]
    public void Header_only_output_has_no_runs()
    {
        Assert.Empty(TesseractOcr.ParseTsv("level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"));
    }
}
