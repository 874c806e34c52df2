namespace Marsad.Core.Events.Coding;

/// <summary>The closed set of word kinds in <c>Resources/Events/Coding/roles.tsv</c>.</summary>
public enum RoleWordKind
{
    /// <summary>Opens a relative or circumstantial clause (الذي، التي، حيث): a clause break.</summary>
    Relative,

    /// <summary>Puts the place after it (في، قرب): that place is where, not who.</summary>
    Locative,

    /// <summary>بين before two coordinated actors: both take part, each toward the other.</summary>
    Between,

    /// <summary>A temporal or causal word (بعد، منذ، بسبب): a verbal noun right after it is background, not this sentence's news.</summary>
    Background,

    /// <summary>A group noun that acts without a name (المتظاهرون، مسلحون، الشرطة).</summary>
    Agent,

    /// <summary>A noun that, with a possessive pronoun, names the state of the actor before it (بلاده → that actor's country).</summary>
    Anaphor,

    /// <summary>A noun that makes the name or nisba after it no political actor (فريق الأهلي، المنتخب الجزائري، شركة أرامكو، آلاف السياح).</summary>
    NonActor,

    /// <summary>A verb of consequence (أسفر، أدى): the verbal noun after it (and عن/إلى) is the outcome of an act, not another act.</summary>
    Result,

    /// <summary>A word that reports an act as alleged (متهمين، المشتبه، يشتبه): the act after it is a claim, not an event.</summary>
    Claim,

    /// <summary>A past verb of happening (اندلعت، وقع، هز): a protest or attack noun after it is reported as having taken place.</summary>
    Happening,

    /// <summary>An air strike or shelling noun (غارة، ضربة، قصف): an act that always has an author; في or بـ on it tells how victims died.</summary>
    Strike,

    /// <summary>A verb stem that, with an object pronoun pointing back to the act, names its author right after it (تبنته X، نفذه X).</summary>
    ClaimVerb,

    /// <summary>A word that, followed by إلى, ascribes the act to the actor after it (نسب الهجوم إلى X).</summary>
    Ascription,

    /// <summary>A preposition that marks the actor after it as destination or partner (إلى، مع، على), not the agent of a later verbal noun.</summary>
    Preposition,

    /// <summary>"Next", "coming", "awaited" after a verbal noun (القمة المقبلة): the act has not happened yet; matched on the whole word.</summary>
    Upcoming,

    /// <summary>An adjective that makes أمن a field of policy (الأمن القومي، الأمن الغذائي), not a police force.</summary>
    SecurityField,

    /// <summary>A day word after فجر (فجر اليوم، فجر الجمعة): فجر is "at dawn", not "blew up".</summary>
    Day,

    /// <summary>A verb or noun telling people were killed or wounded (قتل، أصيب، مقتل): an attack noun after في later in the sentence is what happened.</summary>
    Casualty,

    /// <summary>A past verb of taking part in or leading (شارك، قاد): a protest noun after it took place; not read for attacks (قاد هجوما in sports).</summary>
    Participation,

    /// <summary>The preposition that, after a verb of consequence (أسفر، أدى), introduces its outcome (أسفر عن مقتل، أدى إلى مقتل).</summary>
    Outcome,

    /// <summary>An envoy or ambassador noun (مبعوث، سفير، مندوب): the state after its إلى/لدى is where the envoy is sent, not an actor.</summary>
    Envoy,

    /// <summary>A word of nearness (القريبة، المحاذية، المتاخمة) before من/لـ: the place after it locates another place; it is neither actor nor scene.</summary>
    Vicinity,

    /// <summary>A nisba that makes an envoy title the United Nations' (المبعوث الأممي، المبعوث الدولي).</summary>
    International,

    /// <summary>A purpose noun of opposing (لمواجهة، لردع، للتصدي): unlike other aims, its object is whom the act is aimed at.</summary>
    Opposing,

    /// <summary>A manner adverb with بـ (بشدة، بقوة، بحرارة): not the complement that shows the phrase before it is an object.</summary>
    Manner,

    /// <summary>A stem of belonging (انتماء، ينتمون، المنتمين) after a group: the organization named right after it is who the group is.</summary>
    Affiliation,

    /// <summary>A verb of belief (يعتقد، يرجح) before أنها + a nisba: the state an attack's weapon is believed to belong to, its author.</summary>
    Belief,

    /// <summary>A preposition with the pronoun of a relative's antecedent, as the analyzer may leave it whole (فيها، عليه، منها).</summary>
    Resumptive,

    /// <summary>"A series, a wave of" (سلسلة، موجة) before من and an act noun: a count of acts, not the act.</summary>
    Series,

    /// <summary>"Without" (دون، بدون) right before a verbal noun: the noun describes a thing (طائرة بدون طيار), not an act.</summary>
    Without,

    /// <summary>A past verb of receipt (تلقى، تسلم، استلم): the aid noun after it was received by the verb's subject.</summary>
    Receipt,

    /// <summary>A past verb of arrival (وصل): the aid noun after it went to the actor or place after إلى.</summary>
    Arrival,

    /// <summary>A word that names the giver of a convoy or shipment after it (تابعة لـ، مقدمة من، مرسلة من، من).</summary>
    Giver,

    /// <summary>
    /// A protest's cause (احتجاجا على، تضامنا مع، للتنديد بـ): an accusative (ending in ا) or a verbal noun carrying لـ; a place
    /// after it names what the protest is about, not its target.
    /// </summary>
    Cause,

    /// <summary>"The two countries / sides" (البلدان، الجانبان، الطرفان، الدولتان) as an act's subject: the two states of the text's last
    /// event between two states.</summary>
    Pair,

    /// <summary>A trigger noun that also names a region (مقاطعة: boycott or province): the region before a place or an unlinked name.</summary>
    Region,

    /// <summary>A crowd noun (حشد، حشود، جموع) before a group noun in ـين (حشد المتظاهرين، حشود من المتظاهرين): the group is the
    /// genitive of the crowd, the subject of a protest verb before them, not its object.</summary>
    Crowd,

    /// <summary>A verb of avowal (أعلن، تبنى) before مسؤوليته عن and an attack noun: its subject claims the attack as its own.</summary>
    Avowal,

    /// <summary>A past form of قام ("did") before its subject and an attack noun with بـ (قامت طائرة بإطلاق صاروخ): the act told as done.</summary>
    Periphrasis,

    /// <summary>A personal pronoun (هو، هي، هم) opening a clause with و (، وهي الحليف الاستراتيجي لواشنطن): the clause describes a noun
    /// before it; its actors are no counterpart of an act outside it.</summary>
    Appositive,

    /// <summary>A causal word (إثر، جراء، بسبب) before an attack noun: the noun is the sentence's own happening when the sentence
    /// tells the killed or wounded it caused (قتل ثلاثة إثر انفجار، أسفرت عن مقتل), else background as the word's kind background says.</summary>
    Causal,

    /// <summary>A preposition or noun of topic or of terms (حول، بشأن، بخصوص، حيال، مقابل، مسألة، قضية): a verbal noun right after it is
    /// what is talked about or bargained for (بشأن توقيع الاتفاق، مقابل رفع العقوبات), not an act the sentence tells as done.</summary>
    Topic,

    /// <summary>A preposition right before the responsibility word (مشيرا إلى مسؤوليتهم عن): the claim is one the speaker ascribes,
    /// not one made (<c>EventCoder.Claimed</c>).</summary>
    ClaimPreposition,

    /// <summary>A past verb of consequence as written (أدت، أسفرت): a protest noun right after it is its subject and took place
    /// (<c>EventCoder.LedTo</c>); matched on the whole word, not the base.</summary>
    Led,

    /// <summary>A verb of describing, considering or recording (وصف، اعتبر، تابع، رصد، وثق): the verbal noun it takes as its object
    /// is what the subject describes or watches, not the subject's own act (ووصف الوزير الهجوم بالجبان: the minister did not attack).</summary>
    Observe,

    /// <summary>A word before a sentence's opening verb that goes on with the previous sentence (كما، ثم): the verb still
    /// opens the sentence (<see cref="ContinuedSubject"/>).</summary>
    Resume,

    /// <summary>A word right after a sentence's opening verb that shows the verb has left its subject out (أن، إن، لدى):
    /// the subject is the previous sentence's (<see cref="ContinuedSubject"/>).</summary>
    NoSubject,

    /// <summary>A news outlet or a study (وكالة، الأنباء، صحيفة، المرصد، التلفزيون، دراسة): the name or nisba right after it names
    /// where a report comes from, not an actor (لوكالة الأنباء الألمانية، أفاد المرصد السوري، بحسب دراسة بريطانية).</summary>
    Outlet,

    /// <summary>A verb of warning (حذر, matched on the trigger's lemma): a warning of a danger with no one warned named threatens no one
    /// (<c>EventCoder.WarnedOfDanger</c>).</summary>
    Warn,

    /// <summary>A noun of a named accord, charter or conference (اتفاق، ميثاق، مؤتمر): a name right after it, with no second party
    /// (و + an actor, مع), names the accord (اتفاق فيينا، ميثاق الأمم المتحدة), not a party acting (<c>EventCoder.AccordName</c>).</summary>
    Accord,

    /// <summary>A word of belonging after a group noun (طائرات تابعة للتحالف، عناصر تابعين لجبهة X): the group is the named
    /// organization's (<see cref="SentenceFrame"/>; evcoal22).</summary>
    Belonging,

    /// <summary>An act noun whose ل-phrase names its author (هجوم لتنظيم داعش، غارة لطيران التحالف، كمين للمقاومة): the actor
    /// carrying ل right after it is the source (<c>ArgumentRoles.LamAuthor</c>; evrole25).</summary>
    Doer,

    /// <summary>An adjective of how an attack is made (جوية، صاروخية، عشوائي): it may stand between a <see cref="Doer"/> noun and its
    /// ل-phrase (غارات جوية للتحالف); another adjective takes whom it hurts with ل (ضربة قاسية للحوثيين; evrole25).</summary>
    DoerAdjective,

    /// <summary>A visit noun (زيارة): its ل-phrase names the visitor when it is a person or a body (زيارة لوزير الخارجية), the host
    /// when it is a state (زيارة لمصر) (<c>ArgumentRoles.LamAuthor</c>; evrole25).</summary>
    Visit,

    /// <summary>A noun that, right after a complementizer, may stand for the speaker itself (قال البيان إن المملكة ترفض، المنظمة،
    /// الوزارة): the reported clause then has the speaker for subject (<c>ArgumentRoles.DefiniteSubject</c>; evrole26).</summary>
    Speaker,

    /// <summary>A demonstrative or "there is" (هذا، هذه، هناك) right after a complementizer: the reported clause has a subject of
    /// its own, not the speaker (<c>ArgumentRoles.DefiniteSubject</c>; evrole26).</summary>
    Pointer,

    /// <summary>A noun naming the topic of a talk (سبل، آليات، مستجدات، الأوضاع، الأزمة، الملف، محاربة): the actor in its genitive
    /// (سبل مواجهة داعش، الأوضاع في سوريا، الأزمة اليمنية) is what is talked about, not the act's counterpart, and a verbal noun right
    /// after it is no act told as done (<c>EventCoder.InTopic</c>; evrole26).</summary>
    TopicNoun,

    /// <summary>A thing that is counted (غارات، منازل، دولارات، أطنان): a count of people (آلاف، مئات، عشرات) right before it counts
    /// things, no civilians (آلاف الدولارات، عشرات الغارات; <see cref="SentenceFrame"/>; evsense24).</summary>
    Counted,

    /// <summary>A state where one led coalition fights (the word is the state's ISO code, the sector its leader's military: YEM →
    /// SAUMIL): forces or aircraft of a bare «التحالف» in an article that named no coalition, placed in that state, are that
    /// coalition's (<see cref="SentenceFrame"/>; evrole27).</summary>
    Theatre,

    /// <summary>A CAMEO sector code of everyday life (EDU, MED, LAB, REL, BUS, NGO; written in lower case, as normalized): a body of it
    /// beside its own state or its own code is a local or private act, no event (<c>EventCoder.EverydayOwnState</c>; evrand27).</summary>
    Everyday,

    /// <summary>A preposition whose phrase names no party of the act (في، حول، بشأن): with the <see cref="Preposition"/> words, what
    /// <c>ArgumentRoles.IsPlainPreposition</c> reads (التعاون بين البلدين في مواجهة داعش: what follows is no party).</summary>
    NoParty,

    /// <summary>A preposition that opens an act's counterpart (مع، إلى، على، ضد، بين، لدى): a topic noun before it does not reach the
    /// actor after it (بحث معه سبل التعاون; <c>EventCoder.InTopic</c>).</summary>
    CounterpartOpener,

    /// <summary>A word right after an act noun that calls it earlier (سابق، سابقة، سابقا): مناقشات سابقة، التحذير السابق tell an act of
    /// before, in the background (<c>EventCoder</c>'s background test).</summary>
    Earlier,

    /// <summary>A word right before a past form of قام that keeps the act after it from being told as done: a negation (لم، لن، عدم، لا)
    /// or a temporal conjunction (عندما، حين، لما، بعدما، منذ: the background of what follows; <c>EventCoder.PeriphrasisVerb</c>).</summary>
    Untold,

    /// <summary>A weapon or its fire (رصاص، نيران، قذيفة، صاروخ، لغم، عبوة، انفجار): with بـ after a verb of killing or wounding
    /// (قتل برصاص الجيش، أصيبوا بنيران هندية) the actor right after it owns the weapon and is the act's author, not its victim
    /// (<c>ArgumentRoles.VictimFirst</c>; evpass28).</summary>
    Fire,

    /// <summary>A verb of a coordinated passive of harm (أصيب، جرح، قتل: قتل وأصيب نجلاه برصاص X): the بـ phrase after its clause
    /// names the author of the first verb too (<c>ArgumentRoles.VictimFirst</c>; evpass28).</summary>
    Harmed,

    /// <summary>A verb that places or fires a weapon, read with the pronoun pointing back to it (تركها، زرعه، أطلقه، وضعها): in a
    /// relative clause on the weapon of a killing (بانفجار ألغام تركها الحوثيون) its subject is the killing's author
    /// (<c>ArgumentRoles.VictimFirst</c>; evpass28).</summary>
    Planter,

    /// <summary>A verb of receiving or facing (واجه، تلقى، تعرض، with their present forms): the act noun right after it and its
    /// subject (تعرض لـ + the noun) is suffered by that subject, and its author is the actor after من (<c>EventCoder.Received</c>; evrole28).</summary>
    Receive,

    /// <summary>A word of circumstance (في، خلال، جراء، إثر، أثناء، بعد، قبل، منذ) right after a partitive group of a casualty verb (قتل
    /// عنصران من الشرطة في هجوم): the group is no author with an object after it, so its members are the victims
    /// (<c>ArgumentRoles.PartitiveAfterVerb</c>; evname29).</summary>
    Circumstance,

    /// <summary>A word right after a casualty verb that tells it as passive (في، جراء، إثر، خلال: قتلوا في كمين): those named before it
    /// were killed, no authors of a later act (<c>ArgumentRoles.KilledBefore</c>; evname29).</summary>
    PassiveCause,

    /// <summary>A trigger form, normalized, that the text must write with its hamza to be read (هنأ: هنا and هناك, spelled alike once
    /// normalized, are "here" and "there"): without one the word is no trigger (<c>EventCoder</c>; evpraise30).</summary>
    HamzaSpelled,

    /// <summary>A verb of telling (أعلن، أكد، أفاد، نفى، نعى، تحدث) before a noun of death: its subject tells of the dead; it is not their
    /// killer when they are its own (<c>ArgumentRoles.OwnDeadTold</c>; evnisba30).</summary>
    Teller,

    /// <summary>A noun for those a state counts as its own dead (جنود، عسكريين، شرطي، مدنيين، أشخاص، مواطنين، رجال): after a noun of
    /// death a teller governs, they are the teller's own, not its enemies (<c>ArgumentRoles.OwnDeadTold</c>; evnisba30).</summary>
    OwnSide,

    /// <summary>An office noun whose genitive names the body it heads (مدير، رئيس، أمين، المتحدث): with no actor the knowledge base
    /// links right after it, it is an unknown official that fills a role and codes nothing (مدير جوازات منطقة عسير;
    /// <see cref="SentenceFrame"/>; evunk30).</summary>
    OfficeHolder,

    /// <summary>A word of dispersing (تفريق، فض، فرقت): a protest noun right after it (or after one more word: لتفريق مثيري الشغب)
    /// is what the force before it breaks up, not that force's own protest (<c>EventCoder.DispersedProtest</c>; evrole31).</summary>
    Disperse,

    /// <summary>A trigger lemma of thanks (شكر): its past verb whose subject right after it is a definite noun the knowledge base
    /// does not link has that unknown author, and the actor after it is the thanked, never the one who thanks; with nothing after
    /// it in its clause it is a name (فؤاد شكر), no thanks (<c>ArgumentRoles.Thanks</c>; evthank32).</summary>
    Thank,

    /// <summary>An auxiliary of the impersonal passive (تم، يتم، سيتم، جرى، يجري): the verbal noun right after it tells an act done to
    /// the actor after it (تم اعتقال X: X is the target), whose author is only one named by من قبل or على يد (<c>ArgumentRoles.Impersonal</c>; evpass32).</summary>
    Impersonal,

    /// <summary>A noun that, opening a clause with the article, is its adverb of time (الأسبوع الماضي، الليلة، الآن) or points back
    /// to things or actors told before (والاثنتان الأخريان): no unknown subject of the verb after it (<c>ArgumentRoles.TopicSubject</c>;
    /// evsvo32).</summary>
    ClauseAdverb,

    /// <summary>A noun that, without the article, may open a clause as the head of its subject before a definite genitive (وفد الحركة،
    /// عناصر المقاومة، إحدى الغارات): a noun, never a verb, so the phrase is the verb's unknown subject
    /// (<c>ArgumentRoles.TopicSubject</c>; evsvo32).</summary>
    ClauseHead,

    /// <summary>A word that next to a bare أمن makes it a value, not a police force: a noun governing it (حفظ الأمن، زعزعة أمن
    /// المنطقة، لتعزيز الأمن) or, with و and the article, coordinated with it (الأمن والاستقرار، الاستقرار والأمن)
    /// (<c>SentenceFrame.IsSecurityValue</c>; evorg33).</summary>
    SecurityValue,

    /// <summary>A trigger lemma of asking (طلب، طالب): after its verb the actor right after a bare من is the one asked, never the one who
    /// asks (طلب من الحكومة، تطالب من حزب X); after its noun without the article (بطلب من X، بناء على طلب من X) it is the one who asks,
    /// and the actor the noun's clause has for author is the one asked (<c>ArgumentRoles.Asked</c>, <c>ArgumentRoles.AskedBy</c>; evrole33).</summary>
    Ask,
}
