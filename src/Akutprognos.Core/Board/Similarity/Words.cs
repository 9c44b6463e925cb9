using System.Globalization;
using System.Text;

namespace Akutprognos.Core.Board.Similarity;

/// <summary>
/// Splits card text into normalised words: lower case (invariant), å, ä and ö kept as letters, every other
/// diacritic folded (é → e, ü → u), æ → ä and ø → ö so Danish and Norwegian spellings meet Swedish ones.
/// A word is a run of letters or digits; hyphens and punctuation separate words ("MR-kameran" → mr, kameran).
/// </summary>
internal static class Words
{
    const char Ring = '\u030A';
    const char Diaeresis = '\u0308';

    public static IEnumerable<string> Of(string text)
    {
        var folded = Fold(text);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return folded[start..i];
                start = -1;
            }
        }
    }

    /// <summary>Lower case with the Swedish letters kept and other diacritics removed.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                kept.Append(c switch { 'æ' => 'ä', 'ø' => 'ö', _ => c });
            }
            else if (kept.Length > 0 && IsSwedishMark(kept[^1], c))
            {
                kept.Append(c);
            }
        }
        return kept.ToString().Normalize(NormalizationForm.FormC);
    }

    static bool IsSwedishMark(char letter, char mark) =>
        (letter == 'a' && mark is Ring or Diaeresis) || (letter == 'o' && mark == Diaeresis);
}
