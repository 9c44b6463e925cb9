using Akutprognos.Core.Board;

namespace Akutprognos.Storage.Board;

/// <summary>How the board's enumerations are written in the database: stable lower-case words, checked by the schema.</summary>
internal static class BoardCodes
{
    public static string Of(BoardRole role) => role == BoardRole.Moderator ? "moderator" : "participant";

    public static BoardRole ToRole(string code) => code == "moderator" ? BoardRole.Moderator : BoardRole.Participant;

    public static string Of(CardKind kind) => kind.ToString().ToLowerInvariant();

    public static CardKind ToCardKind(string code) => Enum.Parse<CardKind>(code, ignoreCase: true);

    public static string Of(EntryKind kind) => kind.ToString().ToLowerInvariant();

    public static EntryKind ToEntryKind(string code) => Enum.Parse<EntryKind>(code, ignoreCase: true);

    public static string Of(LinkKind kind) => kind == LinkKind.SimilarChallenge ? "similar" : "could-help";

    public static LinkKind ToLinkKind(string code) => code == "similar" ? LinkKind.SimilarChallenge : LinkKind.CouldHelp;

    public static string Of(MicroProjectStatus status) => status.ToString().ToLowerInvariant();

    public static string Of(Reaction reaction) => reaction switch
    {
        Reaction.ThumbsUp => "thumbs-up",
        Reaction.Heart => "heart",
        Reaction.Bulb => "bulb",
        _ => throw new ArgumentOutOfRangeException(nameof(reaction)),
    };

    public static Reaction ToReaction(string code) => code switch
    {
        "thumbs-up" => Reaction.ThumbsUp,
        "heart" => Reaction.Heart,
        _ => Reaction.Bulb,
    };

    public static string Of(CardChangeKind change) => change.ToString().ToLowerInvariant();

    public static CardChangeKind ToChange(string code) => Enum.Parse<CardChangeKind>(code, ignoreCase: true);

    public static MicroProjectStatus ToStatus(string code) => Enum.Parse<MicroProjectStatus>(code, ignoreCase: true);
}
