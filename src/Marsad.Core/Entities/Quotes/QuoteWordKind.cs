namespace Marsad.Core.Entities.Quotes;

/// <summary>The kinds of word in <c>Resources/Quotes/quote-words.tsv</c> (the file's blocks say what each one does).</summary>
public enum QuoteWordKind
{
    /// <summary>Ends the speaker phrase after the verb (أن، في، خلال، قائلا، لوكالة، بحسب …).</summary>
    Stop,

    /// <summary>Between the verb and its subject, not the speaker (عنه، أيضا، لنا، ذلك …).</summary>
    NonSpeaker,

    /// <summary>"Saying" (قائلا) before a direct quotation: it continues the last speaker.</summary>
    Saying,

    /// <summary>"By saying" (بقوله) after the speaker's name.</summary>
    BySaying,

    /// <summary>A name goes on after it (عبد، أبو، بن).</summary>
    NameConnector,

    /// <summary>A title or person noun without ال that opens a speaker's name (دكتور، عضو، مدرب).</summary>
    Title,

    /// <summary>A relative pronoun (الذي، التي).</summary>
    Relative,

    /// <summary>A particle after which a clause starts (لذا، بينما).</summary>
    ClauseParticle,

    /// <summary>Does not open a subject before a verb (ما، هذا، لكنه، عندما، ومضى).</summary>
    NotSubject,

    /// <summary>A preposition (في، عن، إلى).</summary>
    Preposition,

    /// <summary>"According to" (وفقا، بحسب).</summary>
    According,

    /// <summary>فإن after "according to X".</summary>
    Then,

    /// <summary>"Spoke" (تحدث) and verbs of taking the floor (أعرب، يتفق): a turn only after a speaker's name.</summary>
    Talk,

    /// <summary>A verb of writing or posting (كتب، غرد، نشر).</summary>
    Writing,

    /// <summary>إن / أن / بأن.</summary>
    Complementizer,

    /// <summary>أن with a pronoun (أنه، بأنها).</summary>
    PronounComplementizer,

    /// <summary>A pronoun or an honorific with a pronoun (هو، سموه).</summary>
    Pronoun,

    /// <summary>Besides a verb, a word after a closing mark that names the speaker after it (بحسب، وفقا).</summary>
    AfterQuote,

    /// <summary>"Who / what" right before a verb: someone unnamed says (من يقول).</summary>
    Whoever,

    /// <summary>A subject before the verb does not run back past it (من).</summary>
    SubjectBound,

    /// <summary>A preposition of the verb before its clause (أكد على أن، أشار إلى أن).</summary>
    VerbPreposition,

    /// <summary>Never opens a speaker's name for a turn (الله، تعالى).</summary>
    NotSpeaker,

    /// <summary>An attribution verb opening in ت that is a masculine perfect (تابع، تساءل).</summary>
    MasculineT,

    /// <summary>لسان in على لسان X ("on the tongue of X"): X speaks.</summary>
    Tongue,

    /// <summary>على before لسان.</summary>
    On,

    /// <summary>The preposition of a title's complement (المشرف على، مدير التعليم في): a titled name may follow it.</summary>
    TitlePreposition,

    /// <summary>An attribution participle (مضيفا، موضحا): right before a quotation mark, the quotation continues the last speaker.</summary>
    Participle,

    /// <summary>A form of كان before a subject and قد (وكان X قد قال إن): X is the subject of the verb after قد.</summary>
    Was,

    /// <summary>قد between a subject and its verb (وكان X قد أعلن أن).</summary>
    Already,

    /// <summary>أما before a topic that a verb with ف answers (أما الوزير فقال إن): the topic is its subject.</summary>
    Amma,

    /// <summary>Never opens a speaker phrase (وقال وهو يبتسم:، وحذر من …): the verb continues the last speaker.</summary>
    NoOpen,

    /// <summary>A verb of taking the floor (عبر، ألقى) read like <see cref="Talk"/> only when a <see cref="FloorObject"/> follows.</summary>
    Floor,

    /// <summary>What must follow a <see cref="Floor"/> verb within a few words (عبر X عن، ألقى X كلمة).</summary>
    FloorObject,

    /// <summary>"As X said" after the clause it qualifies (حسبما، مثلما): the sentence before is what X said.</summary>
    AsSaid,

    /// <summary>Like <see cref="AsSaid"/>, only after a comma (…، كما يقول ناشطون).</summary>
    AsSaidComma,

    /// <summary>Like <see cref="AsSaid"/>, after a word of kind <see cref="According"/> (بحسب ما قال X، وفقا لما ذكره X).</summary>
    AsSaidAccording,

    /// <summary>"Reported" (نقل، ونقلت) in نقل X عن Y قوله: Y speaks, not X.</summary>
    Relay,
    /// <summary>"His / her saying" (قوله، قولها، القول) after Y in a <see cref="Relay"/>.</summary>
    RelaySaying,
    /// <summary>"From" (عن) between the medium and the speaker of a <see cref="Relay"/>.</summary>
    RelayFrom,
}
