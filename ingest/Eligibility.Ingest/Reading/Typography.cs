using System.Text;

namespace Eligibility.Ingest.Reading;

/// <summary>
/// Undoes typesetting that would stop a word from matching: ligatures ("ﬁ" → "fi") and special spaces.
/// Done by table rather than Unicode compatibility normalisation, which would also rewrite "½" and "²".
/// </summary>
internal static class Typography
{
    public static string Plain(string text)
    {
        if (!text.Any(c => c is >= '\uFB00' and <= '\uFB06' or '\u00A0' or '\u2009' or '\u202F' or '\u2007' or '\u200B'))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '\uFB00' => "ff",
                '\uFB01' => "fi",
                '\uFB02' => "fl",
                '\uFB03' => "ffi",
                '\uFB04' => "ffl",
                '\uFB05' or '\uFB06' => "st",
                '\u00A0' or '\u2009' or '\u202F' or '\u2007' => " ",
                '\u200B' => "",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }
}
