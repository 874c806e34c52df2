namespace Marsad.Core.Events;

/// <summary>The closed set of function words the trigger finder reads around a trigger (<c>cues.tsv</c>).</summary>
public enum CueKind
{
    /// <summary>Negates the trigger within the two preceding words: لم, لا, لن, ما, ليس, عدم, دون.</summary>
    Negation,

    /// <summary>A verb of denial that negates a trigger after its complement أن: نفى, أنكر.</summary>
    Denial,

    /// <summary>Turns a preceding negation into "still": لا يزال, ما زال.</summary>
    Continuative,

    /// <summary>The complementizer أن/إن that opens a reported or denied clause.</summary>
    Complementizer,

    /// <summary>Marks the future: سوف, لن.</summary>
    Future,

    /// <summary>Marks a plan or wish: يعتزم, ينوي, يريد.</summary>
    Intent,

    /// <summary>Marks a possibility: قد (before a present verb), ربما.</summary>
    Possible,

    /// <summary>Opens a condition: إذا, لو, في حال.</summary>
    Hypothetical,

    /// <summary>A verb of saying that introduces reported speech: قال, أكد, أعلن.</summary>
    Reporting,
}
