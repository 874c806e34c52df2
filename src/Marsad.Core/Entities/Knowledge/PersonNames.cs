namespace Marsad.Core.Entities.Knowledge;

/// <summary>How a person may be named.</summary>
/// <param name="Full">Full names, linked wherever they appear.</param>
/// <param name="Short">Short names (a well-known surname) linked alone.</param>
/// <param name="ContextOnly">Names too ambiguous alone (الأسد، عباس), linked only after a full mention in the same article.</param>
internal sealed record PersonNames(IReadOnlyList<string> Full, IReadOnlyList<string> Short, IReadOnlyList<string> ContextOnly);
