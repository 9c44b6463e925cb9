using Akutprognos.Core.Board;

namespace Akutprognos.Web.Board;

/// <summary>
/// The card form's fields. A challenge keeps background, current state, desired state and obstacles; an idea
/// its text; a project its goal, owner and dates: fields of the other kinds are dropped, so a field left filled
/// after changing the kind does not slip in. <see cref="WriteAhead"/> saves it hidden until revealed.
/// </summary>
public sealed class CardForm
{
    public CardKind Kind { get; set; }

    public string? Title { get; set; }

    /// <summary>Empty for the author's own department.</summary>
    public string? Department { get; set; }

    public string? Background { get; set; }

    public string? CurrentState { get; set; }

    public string? DesiredState { get; set; }

    public string? Obstacles { get; set; }

    public string? Text { get; set; }

    public string? Goal { get; set; }

    public string? Owner { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public bool WriteAhead { get; set; }

    public CardDetails Details() => Kind switch
    {
        CardKind.Challenge => new CardDetails(background: Background, currentState: CurrentState, desiredState: DesiredState, obstacles: Obstacles),
        CardKind.Idea => new CardDetails(text: Text),
        _ => new CardDetails(goal: Goal, owner: Owner, startDate: StartDate, endDate: EndDate),
    };
}
