namespace MediaMonitor.Signals.Legal;

/// <summary>A place in a sentence where an outlet or one of its people is named.</summary>
/// <param name="Start">Character offset in the sentence.</param>
/// <param name="Length">Characters.</param>
/// <param name="Outlet">The outlet id.</param>
/// <param name="Person">The person's Latin name, when a person was named.</param>
/// <param name="Text">The words as written.</param>
internal sealed record EntityMention(int Start, int Length, string Outlet, string? Person, string Text);
