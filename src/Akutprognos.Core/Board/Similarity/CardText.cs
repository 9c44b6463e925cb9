namespace Akutprognos.Core.Board.Similarity;

/// <summary>What the similarity reads of a card: its id, department, title and body text.</summary>
/// <param name="Id">Unique among the cards compared.</param>
/// <param name="Department">The posting department; not part of the score (similar cards across departments are the point).</param>
/// <param name="Title">Counts twice as much as the body.</param>
/// <param name="Text">Background, current and desired state, obstacles … joined; may be empty.</param>
public sealed record CardText(string Id, string Department, string Title, string Text)
{
    public string Id { get; } = string.IsNullOrWhiteSpace(Id) ? throw new ArgumentException("A card needs an id.", nameof(Id)) : Id;

    public string Department { get; } = Department ?? "";

    public string Title { get; } = Title ?? "";

    public string Text { get; } = Text ?? "";
}

/// <summary>Another card and its cosine similarity to the one asked about, in [0, 1].</summary>
public readonly record struct SimilarCard(string Id, double Score);
