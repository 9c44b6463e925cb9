namespace Akutprognos.Core.Board.Similarity;

/// <summary>
/// Everyday words of Swedish health care and administration that often stand inside compounds
/// ("akut" in akutmottagningen, "schema" in personalschemat). They let <see cref="Decompounder"/> split a
/// compound whose parts appear nowhere else on the board. General vocabulary only, in base form.
/// </summary>
internal static class DomainLexicon
{
    public static IReadOnlyList<string> Words { get; } =
    [
        "akut", "mottagning", "avdelning", "enhet", "klinik", "sjukhus", "vård", "central", "hälsa", "sjuk",
        "patient", "personal", "läkare", "sköterska", "sjuksköterska", "undersköterska", "chef", "medarbetare",
        "schema", "bemanning", "pass", "jour", "natt", "kväll", "helg", "dag", "vecka", "tid", "ledighet",
        "lön", "kostnad", "budget", "faktura", "avtal", "hyra", "konsult", "frånvaro", "rekrytering", "tjänst",
        "telefon", "kö", "bokning", "besök", "kallelse", "remiss", "svar", "prov", "labb", "blod", "röntgen",
        "kamera", "undersökning", "journal", "system", "dator", "skrivare", "utskrift", "lösenord", "inloggning",
        "konto", "kort", "video", "möte", "webb", "sida", "logg", "statistik", "information", "språk", "tolk",
        "plats", "säng", "rum", "sal", "korridor", "golv", "transport", "ambulans", "hygien", "hand", "sprit",
        "smitta", "avfall", "risk", "läkemedel", "medicin", "förråd", "kassation", "vaccin", "vaccination",
        "parkering", "fall", "skada", "olycka", "väntan", "väntrum", "invånare", "region", "kommun", "äldre",
    ];
}
