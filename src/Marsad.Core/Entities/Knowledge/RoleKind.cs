namespace Marsad.Core.Entities.Knowledge;

/// <summary>The offices the role table knows, as titles name them.</summary>
public enum RoleKind
{
    /// <summary>President of a republic (الرئيس).</summary>
    President,

    /// <summary>Head of government (رئيس الوزراء، رئيس الحكومة).</summary>
    PrimeMinister,

    /// <summary>King, emir or sultan (الملك، العاهل، الأمير، السلطان).</summary>
    Monarch,

    /// <summary>Iran's Supreme Leader (المرشد الأعلى).</summary>
    SupremeLeader,

    /// <summary>Crown prince (ولي العهد).</summary>
    CrownPrince,

    /// <summary>Foreign minister (وزير الخارجية).</summary>
    ForeignMinister,

    /// <summary>Defence minister (وزير الدفاع).</summary>
    DefenceMinister,

    /// <summary>Spokesperson of the foreign ministry (المتحدث باسم وزارة الخارجية).</summary>
    ForeignMinistrySpokesperson,

    /// <summary>Spokesperson of the presidency (المتحدث باسم الكرملين، المتحدث باسم الرئاسة).</summary>
    PresidencySpokesperson,

    /// <summary>Secretary-general of an organization (الأمين العام).</summary>
    SecretaryGeneral,

    /// <summary>Leader of an armed or political group (زعيم، الأمين العام لحزب الله).</summary>
    GroupLeader,

    /// <summary>UN envoy to a state (المبعوث الأممي إلى سوريا); the scope is the state.</summary>
    UnEnvoy,

    /// <summary>A deputy or assistant (نائب وزير): names the state, never a person of the role table.</summary>
    Deputy,

    /// <summary>An ambassador (السفير): names the sending state, never a person of the role table.</summary>
    Ambassador,

    /// <summary>
    /// A state's special envoy (المبعوث الأمريكي الخاص إلى سوريا); the scope is the state the envoy is sent to
    /// (the peace process between Israel and Palestine is filed under PSE), the code names the sending government.
    /// Several states send envoys to one place at once, so no title resolves to it.
    /// </summary>
    Envoy,

    /// <summary>
    /// A regional governor (أمير منطقة، محافظ): an official of the state the region belongs to, coded as its government;
    /// never a person of the role table.
    /// </summary>
    Governor,
}
