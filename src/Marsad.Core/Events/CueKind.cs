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

    /// <summary>A word right before an event noun that makes it a count of events, not one: عدد, نسبة, معدل.</summary>
    Aggregate,

    /// <summary>A word up to four words before an event noun that makes it a commemoration of a past act: ذكرى.</summary>
    Anniversary,

    /// <summary>A span of years before على and an event noun: a commemoration (26 عاما على خطف).</summary>
    Years,

    /// <summary>A trigger noun that names a place after في: مقاطعة (a province, not a boycott).</summary>
    Place,

    /// <summary>A demonstrative right before an event noun: the act was told before (هذا الهجوم), no new event.</summary>
    Demonstrative,

    /// <summary>A word up to three words before an event noun that makes it the subject of a case or an inquiry: قضية, تورط.</summary>
    Inquiry,

    /// <summary>A word of habit near a trigger (سنويا، عادة، دائما، باستمرار): a recurring or standing act, not one happening.</summary>
    Habitual,

    /// <summary>A copula or verb of rating right before an event noun (يعد، يمثل، يشكل، بمثابة، هو): the noun rates something, no act.</summary>
    Copula,

    /// <summary>A poll or study (استطلاع، استبيان، دراسة): with a percentage after it, the findings that follow are opinions, no act.</summary>
    Survey,

    /// <summary>A word of a count phrase (أكثر من مئة ألف، ثلاثة): it does not use up the companion window.</summary>
    Count,

    /// <summary>A word that is never an event whatever lexicon form it looks like: هناك (there is), not هنأ + ك.</summary>
    NonEvent,

    /// <summary>The head of an institution or device name: an event noun right after it is part of the name (مجلس التعاون، مركز احتجاز).</summary>
    Institution,

    /// <summary>The first word of a page's boilerplate line (رابط الخبر …): the sentence repeats the headline, no event of its own.</summary>
    Boilerplate,

    /// <summary>A relative before a verb of appeal that makes it "led to" (مما دعا X إلى الرد): a cause, not an appeal.</summary>
    Causative,

    /// <summary>A word right before an event noun that makes it not done yet: فور (as soon as), مقابل (in exchange for).</summary>
    Prospective,

    /// <summary>
    /// A negator that governs the noun right after it (دون، بدون): it negates a trigger farther on only through أن
    /// (دون أن تهاجم), not across a noun of its own (طائرة بدون طيار بإطلاق صاروخ: the drone fired).
    /// </summary>
    NounNegation,

    /// <summary>
    /// A protester noun (المتظاهرون، محتجين): a present protest verb right after it describes the crowd already named
    /// (متظاهرين يحتجون على الغلاء), an act told in passing, not a new report.
    /// </summary>
    Protester,

    /// <summary>
    /// A crowd word (حشد، حشود، جموع، الآلاف): like a count, it may stand between a crowd act and its new subject
    /// (سارت حشود من المتظاهرين; <see cref="TriggerEntry.NewSubject"/>).
    /// </summary>
    Crowd,

    /// <summary>
    /// A light verb or its verbal noun right before an event noun (لشن هجمات، لتنفيذ اعتداء، القيام بهجوم): the noun's intent
    /// cue counts from the light verb, whose clause it is (يخططون في الوقت نفسه لشن هجمات: planned, not done).
    /// </summary>
    Support,

    /// <summary>
    /// A charge, an accusation, a claim or a confession (بتهمة، اتهامات، المتهم، اتهم، مزاعم، اعترافات) up to eight words before an
    /// event noun: the noun and the nouns joined to it are the matter of the charge (بتهم الخطف وارتكاب أعمال الاغتصاب), no act told
    /// as done (evgsr18; before, three words as <see cref="Inquiry"/>).
    /// </summary>
    Charge,

    /// <summary>
    /// A word of aim right before an event word or its light verb (بهدف عقد اجتماع، من أجل قتل، بغية تنفيذ هجوم): read as intent,
    /// an aim not done. Only right before: farther it governs another noun (بهدف تجاوز تداعيات الهجوم; evgsr18).
    /// </summary>
    Purpose,

    /// <summary>
    /// A word of need, duty or proviso up to four words before an event word (يجب، ينبغي، يتعين، لا بد، ضرورة، شريطة): the act is
    /// asked for, owed or set as a condition, not told as done; <c>ModeReader</c> reads it as hypothetical, no event (evrand27).
    /// </summary>
    Necessity,

    /// <summary>
    /// A word of schedule right before أن (من المقرر أن، المزمع أن، المفترض أن): the act after it is planned, read as future (evrand27).
    /// </summary>
    Scheduled,

    /// <summary>
    /// A word that ends the backward reach of a <see cref="Necessity"/> cue: a relative, عن, a word of time (بعد، إثر، منذ، خلال، قبل).
    /// What follows it is another clause, told as done (ضرورة محاسبة الذين هاجموا القرية: the attack took place).
    /// </summary>
    NecessityBound,

    /// <summary>
    /// A conditional particle that confirms the finder's hypothetical (إذا، لو، لولا، إذ) up to eight words before: <c>ModeReader</c>
    /// keeps the trigger hypothetical. Narrower than <see cref="Hypothetical"/>: حال counts there only right after في (في حال).
    /// </summary>
    Condition,

    /// <summary>
    /// A word of coming, use, means, effort or readiness (أتوا، يستخدم، وسيلة، جهودها، يتأهب) right before an act of conflict with لـ
    /// (أتوا للقبض على): the act is its aim; <c>ModeReader</c> reads it as intent (evmode33).
    /// </summary>
    PurposeHead,

    /// <summary>
    /// A word of ordering (أمر، أمرا، أوامر، مذكرة) before an act of conflict with بـ up to three words on, or right before it as its
    /// genitive (أمر باعتقال، مذكرة اعتقال): the act is ordered, not told as done; <c>ModeReader</c> reads it as intent (evmode33).
    /// </summary>
    Order,
}
