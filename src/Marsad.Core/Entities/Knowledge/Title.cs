namespace Marsad.Core.Entities.Knowledge;

/// <summary>A title naming a person by office (الرئيس، وزير الخارجية).</summary>
/// <param name="Text">The title as written in the resource file.</param>
/// <param name="Role">The office it names.</param>
/// <param name="Complement">What follows it to name the state.</param>
/// <param name="DefaultScope">The state or organization it means when nothing follows; null when it needs one.</param>
/// <param name="Corefers">True when the title alone names the holder the article already named (الرئيس); false for
/// indefinite or ambiguous titles (أمير، الأمير), which name someone only with their complement.</param>
public sealed record Title(string Text, RoleKind Role, TitleComplement Complement, string? DefaultScope, bool Corefers);
