namespace Marsad.Core.Tests.Events;

/// <summary>
/// Real-news acts no row covered (evtrig28): نوه/منوها بـ the work, the cooperation or the performance as praise, but not
/// منوها إلى أن "noting"; the toppling of a cell or a gang (الإطاحة بـ) as an arrest but not of a ruler; a shop, a
/// restaurant or a warehouse closed as an administrative sanction, but not a market index or a door. Sentences written for
/// these tests.
/// </summary>
public sealed class TriggerFinderEvtrig28Tests
{
    [Theory]
    [InlineData("وقال الأمير إن الموسم نجح، منوها بالعمل الكبير لرجال الدفاع المدني.")]
    [InlineData("وأضاف الرئيس أن العلاقات متينة، منوها بالتعاون القائم بين البلدين.")]
    [InlineData("ونوه الوزير بأداء الفرق الميدانية خلال الموسم.")]
    public void Should_find_praise_when_the_work_or_cooperation_is_commended(string sentence)
    {
        // Given نوه بـ the work, the cooperation or the performance
        var found = TriggerFinderTests.Find(sentence);

        // Then praise (051) is found
        found.Should().Contain(c => c.Cameo == "051");
    }

    [Fact]
    public void Should_find_no_praise_when_it_notes_a_fact()
    {
        // Given منوها إلى أن "noting that"
        var found = TriggerFinderTests.Find("وقال الوزير إن الميزانية كافية، منوها إلى أن الإنفاق سيرتفع.");

        // Then no praise is found
        found.Should().NotContain(c => c.Cameo == "051");
    }

    [Theory]
    [InlineData("تمكنت الشرطة من الإطاحة بعصابة لسرقة المنازل في الحي.")]
    [InlineData("أطاحت الأجهزة الأمنية بخلية إرهابية في المنطقة الشرقية.")]
    [InlineData("نجح رجال الأمن في الإطاحة بأحد المطلوبين بعد مطاردة قصيرة.")]
    public void Should_read_toppling_a_cell_or_a_gang_as_an_arrest(string sentence)
    {
        // Given الإطاحة بـ a cell, a gang or a wanted man
        var found = TriggerFinderTests.Find(sentence);

        // Then an arrest (173) is found
        found.Should().Contain(c => c.Cameo == "173");
    }

    [Fact]
    public void Should_not_read_the_overthrow_of_a_ruler_as_an_arrest()
    {
        // Given the overthrow of a president
        var found = TriggerFinderTests.Find("تعيش البلاد أزمة منذ الإطاحة بالرئيس السابق قبل أربعة أعوام.");

        // Then no arrest is found
        found.Should().NotContain(c => c.Cameo == "173");
    }

    [Theory]
    [InlineData("أغلقت البلدية ثلاثين محلا مخالفا في وسط المدينة.")]
    [InlineData("وأسفرت الجولات عن إغلاق أربعة مطاعم لعدم التزامها بالاشتراطات الصحية.")]
    [InlineData("أغلق مفتشو الوزارة مستودعا للأغذية الفاسدة شرق العاصمة.")]
    public void Should_read_the_closure_of_a_shop_or_a_restaurant_as_a_sanction(string sentence)
    {
        // Given a shop, a restaurant or a warehouse closed
        var found = TriggerFinderTests.Find(sentence);

        // Then an administrative sanction (172) is found
        found.Should().Contain(c => c.Cameo == "172");
    }

    [Theory]
    [InlineData("أغلق مؤشر السوق تعاملات الأسبوع على ارتفاع طفيف.")]
    [InlineData("أغلق الحارس الباب بعد خروج الزوار من القاعة.")]
    public void Should_find_no_sanction_when_an_index_or_a_door_closes(string sentence)
    {
        // Given the market index or a door closing
        var found = TriggerFinderTests.Find(sentence);

        // Then no administrative sanction is found
        found.Should().NotContain(c => c.Cameo == "172" || c.Cameo == "1721");
    }
}
