namespace Akutprognos.Core.Board.Demo;

/// <summary>
/// A whole meeting's board to store at once (demo data, imports): cards are named by keys so that
/// entries, links and micro-projects can point at them before they have database ids.
/// </summary>
public sealed record BoardSeed(Meeting Meeting, IReadOnlyList<SeedCard> Cards, IReadOnlyList<SeedLink> Links, IReadOnlyList<SeedMicroProject> MicroProjects);

/// <summary>A card posted by <paramref name="Author"/> (a participant; the card takes their department) with its entries.</summary>
public sealed record SeedCard(string Key, CardKind Kind, string Author, string Title, CardDetails Details, IReadOnlyList<SeedEntry> Entries);

/// <summary>An idea, comment, note or solution, in the order written.</summary>
public sealed record SeedEntry(EntryKind Kind, string Author, string Text);

/// <summary>A link between two seeded cards.</summary>
public sealed record SeedLink(string FromKey, string ToKey, LinkKind Kind, string Author);

/// <summary>A micro-project started by the moderator from seeded cards, with its status now.</summary>
public sealed record SeedMicroProject(string Title, string Owner, MicroProjectStatus Status, string NextStep, string Note, IReadOnlyList<string> CardKeys);
