using System.Text.Json;
using Marsad.Core.Extraction;
using Marsad.Core.Reading;
using Marsad.Testing;

namespace Marsad.Core.Tests.Extraction;

public sealed class ArticleExtractorTests
{
    private static readonly ArticleExtractor Extractor = new();

    private static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Extraction", name));

    private static RawPage Html(string html, string? url = null) =>
        new() { Origin = "t.html", Content = html, Kind = ContentKind.Html, Url = url };

    private static RawPage Text(string text, string? url = null) =>
        new() { Origin = "t.txt", Content = text, Kind = ContentKind.Text, Url = url };

    public sealed class Html_pages
    {
        [Fact]
        public void Should_keep_the_paragraphs_and_subheadings_of_a_right_to_left_page()
        {
            // Given an Arabic outlet's page with menu, share buttons, tags, related list, comment form, sidebar and footer
            var page = Html(Fixture("arabic-outlet.html"), "https://www.alnahar-aljadid.example/politics/2019/03/12/water");

            // When it is extracted
            var article = Extractor.Extract(page);

            // Then the four paragraphs and the subheading remain, in order, and nothing else
            var lines = article.Text.Split('\n');
            lines.Should().HaveCount(5);
            lines[0].Should().StartWith("بحث وزير الخارجية");
            lines[2].Should().Be("لجنة فنية مشتركة");
            lines[4].Should().StartWith("من جهته، أعرب الوزير التركي");
            article.Text.Should().NotContain("اقرأ أيضا").And.NotContain("الرئيسية").And.NotContain("معرض الكتاب")
                .And.NotContain("الأكثر قراءة").And.NotContain("جميع الحقوق").And.NotContain("البريد الإلكتروني");
        }

        [Fact]
        public void Should_take_title_and_outlet_from_the_markup_and_the_date_from_the_url()
        {
            var page = Html(Fixture("arabic-outlet.html"), "https://www.alnahar-aljadid.example/politics/2019/03/12/water");

            var article = Extractor.Extract(page);

            article.Title.Should().Be("وزير الخارجية يبحث مع نظيره التركي ملف المياه");
            article.Source.Should().Be("النهار الجديد");
            article.Published.Should().Be(new DateOnly(2019, 3, 12));
            article.PublishedFrom.Should().Be(DateSource.Url);
        }

        [SkippableFact]
        public void Should_read_the_real_cnn_arabic_page_close_to_its_gold_text()
        {
            // Given the real CNN Arabic page and its gold main text (newspaper's test data)
            var dir = SharedData.PathOrSkip("html-extraction-arabic");
            var html = File.ReadAllText(Path.Combine(dir, "newspaper_arabic_article.html"));
            var expected = File.ReadAllText(Path.Combine(dir, "newspaper_arabic.gold.txt"));

            // When it is extracted
            var article = Extractor.Extract(Html(html, "http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html"));

            // Then nearly all the gold words are found and few others are added
            var (precision, recall) = WordOverlap(expected, article.Text);
            recall.Should().BeGreaterThan(0.95);
            precision.Should().BeGreaterThan(0.9);
            article.Source.Should().Contain("CNN");
            article.Published.Should().Be(new DateOnly(2013, 8, 3));
            article.PublishedFrom.Should().Be(DateSource.Url);
        }

        [SkippableFact]
        public void Should_begin_with_the_goose_gold_opening_of_the_same_page()
        {
            // Given the other saved copy of the page and goose3's gold, which holds the text's opening only
            var dir = SharedData.PathOrSkip("html-extraction-arabic");
            var html = File.ReadAllText(Path.Combine(dir, "goose3_test_cnn_arabic.html"));
            using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "goose3_test_cnn_arabic.gold.json")));
            var opening = gold.RootElement.GetProperty("expected").GetProperty("cleaned_text").GetString()!;

            var article = Extractor.Extract(Html(html));

            article.Text.Should().StartWith(opening);
        }

        [Fact]
        public void Should_fall_back_to_the_page_paragraphs_when_no_container_stands_out()
        {
            var html = "<html><body><p>" + string.Join("</p><p>", Enumerable.Range(1, 4).Select(i => $"الفقرة رقم {i} من نص طويل بما يكفي، وفيها كلام عن الاقتصاد والسياسة في المنطقة كلها.")) + "</p></body></html>";

            var article = Extractor.Extract(Html(html));

            article.Text.Split('\n').Should().HaveCount(4);
        }

        [Fact]
        public void Should_give_an_empty_article_for_an_empty_page()
        {
            var article = Extractor.Extract(Html(""));

            article.Text.Should().BeEmpty();
            article.Published.Should().BeNull();
            article.PublishedFrom.Should().BeNull();
        }
    }

    public sealed class Crawl_text
    {
        [Fact]
        public void Should_keep_the_article_and_its_subheading_and_drop_each_kind_of_boilerplate()
        {
            // Given a crawled page: menu, repeated headline, source line, article with a subheading,
            // share buttons, a related-articles list with timestamps, a comment form, copyright and "go to top"
            var article = Extractor.Extract(Text(Fixture("crawl-page.txt")));

            // Then only the four paragraphs and the subheading remain
            var lines = article.Text.Split('\n');
            lines.Should().HaveCount(5);
            lines[0].Should().StartWith("انطلقت في العاصمة اللبنانية");
            lines[2].Should().Be("ملف اللاجئين على الطاولة");
            lines[4].Should().StartWith("من جهته دعا وزير الخارجية");
        }

        [Fact]
        public void Should_take_the_headline_without_the_site_name_from_the_first_line()
        {
            var article = Extractor.Extract(Text(Fixture("crawl-page.txt")));

            article.Title.Should().Be("انطلاق أعمال القمة الاقتصادية العربية في بيروت");
            article.Source.Should().Be("شبكة الأفق الإخبارية");
        }

        [Theory]
        // a JSON Lines record: its title is a field, so its text's first line is article text
        [InlineData("قمة عربية في بيروت", "افتتح القادة العرب أعمال القمة الاقتصادية في بيروت اليوم بحضور عشرين وفدا.\nوناقش المشاركون ملفات التجارة والطاقة والنقل.", true)]
        // the same record whose text repeats the title on its first line, as crawlers often store it
        [InlineData("قمة عربية في بيروت", "قمة عربية في بيروت\nافتتح القادة العرب أعمال القمة الاقتصادية في بيروت اليوم بحضور عشرين وفدا.\nوناقش المشاركون ملفات التجارة والطاقة والنقل.", false)]
        // a one-paragraph article whose text begins with its one-word title
        [InlineData("تهريج", "تهريج كلمة فصيحة يظنها الناس عامية، وقد وردت في المعاجم بمعنى الاختلاط والفتنة، ويقال افتتح القادة العرب أعمال القمة.", true)]
        public void Should_read_the_first_line_as_text_when_the_record_carries_another_title(string title, string text, bool firstLineIsText)
        {
            var article = Extractor.Extract(Text(text) with { Title = title });

            article.Title.Should().Be(title);
            article.Text.Should().Contain("افتتح القادة العرب");
            article.Text.StartsWith(title, StringComparison.Ordinal).Should().Be(firstLineIsText && text.StartsWith(title, StringComparison.Ordinal));
            article.Text.Should().NotBeEmpty();
        }

        [Fact]
        public void Should_leave_the_date_unknown_when_only_the_sidebar_has_dates()
        {
            // Given a page whose only dates belong to a list of other articles
            var article = Extractor.Extract(Text(Fixture("crawl-sidebar-dates.txt")));

            // Then the publication date is unknown, and the sidebar is not text
            article.Published.Should().BeNull();
            article.PublishedFrom.Should().BeNull();
            article.Text.Split('\n').Should().HaveCount(2);
        }

        [Fact]
        public void Should_drop_lines_the_same_site_repeats_on_many_pages_when_given_a_memory()
        {
            // Given three pages of one site that share a slogan line looking like prose
            var memory = new BoilerplateMemory(threshold: 3);
            var extractor = new ArticleExtractor(memory);
            const string slogan = "موقعنا هو المصدر الأول للأخبار الموثوقة في المنطقة، ونحن نعمل على مدار الساعة من أجل القارئ.";
            Article? last = null;
            foreach (var i in Enumerable.Range(1, 3))
            {
                var text = $"عنوان الخبر رقم {i}\n{slogan}\nقال مسؤول في الوزارة إن الحكومة ستعلن عن خطة جديدة رقم {i} لدعم المزارعين في الموسم المقبل، وذلك بعد تراجع الإنتاج.";
                last = extractor.Extract(Text(text, $"https://news.example/a/{i}"));
            }

            // Then on the third page the slogan is gone and the article stays
            last!.Text.Should().NotContain("موقعنا").And.Contain("خطة جديدة رقم 3");
        }

        [Fact]
        public void Should_keep_an_article_given_as_such_verbatim()
        {
            var page = new RawPage { Origin = "c.txt", Content = "سطر أول\nسطر ثان قصير", Kind = ContentKind.Text, IsArticle = true };

            var article = Extractor.Extract(page);

            article.Text.Should().Be("سطر أول\nسطر ثان قصير");
            article.Title.Should().BeEmpty();
        }
    }

    public sealed class Publication_date
    {
        private const string Body = "<div class=\"article-body\"><p>DATELINE قال المتحدث باسم الحكومة إن الوزراء ناقشوا في اجتماعهم الأسبوعي مشروع الموازنة العامة للعام المقبل، وأقروا عددا من البنود.</p><p>وأضاف أن الحكومة ستحيل المشروع إلى البرلمان خلال الأيام المقبلة لمناقشته وإقراره قبل نهاية السنة المالية الحالية.</p></div>";

        private static readonly DateTimeOffset Fetched = new(2015, 12, 1, 8, 0, 0, TimeSpan.Zero);

        public static TheoryData<string, string, string?, string?, string, DateSource> Sources => new()
        {
            // the user's or the record's own date wins over everything
            { "input", "<meta property=\"article:published_time\" content=\"2015-11-20T10:00:00Z\">", "https://x.example/2015/11/19/a", "2015-11-25", "2015-11-25", DateSource.Input },
            // Open Graph article time
            { "og", "<meta property=\"article:published_time\" content=\"2015-11-20T10:00:00+03:00\">", "https://x.example/2015/11/19/a", null, "2015-11-20", DateSource.Meta },
            // JSON-LD datePublished
            { "jsonld", "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2015-11-21T09:00:00Z\"}</script>", null, null, "2015-11-21", DateSource.Meta },
            // <time> inside the article
            { "time", "", null, null, "2015-11-18", DateSource.Meta },
            // the URL path
            { "url", "", "https://x.example/news/2015/11/19/budget.html", null, "2015-11-19", DateSource.Url },
            // the article's dateline, with both month systems
            { "dateline", "", "https://x.example/news/budget", null, "2015-11-17", DateSource.Text },
            // nothing but the crawl date
            { "crawl", "", null, null, "2015-12-01", DateSource.Crawl },
        };

        [Theory]
        [MemberData(nameof(Sources))]
        public void Should_take_the_date_from_the_most_trusted_source(string phenomenon, string head, string? url, string? input, string expected, DateSource from)
        {
            // Given a page with a date in the named source (and, for precedence, in weaker ones)
            var body = phenomenon switch
            {
                "time" => Body.Replace("DATELINE", "", StringComparison.Ordinal).Replace("<div class=\"article-body\">", "<article><time datetime=\"2015-11-18\">18 نوفمبر</time><div class=\"article-body\">", StringComparison.Ordinal) + "</article>",
                "dateline" => Body.Replace("DATELINE", "بغداد - الثلاثاء 17 نوفمبر/تشرين الثاني 2015:", StringComparison.Ordinal),
                _ => Body.Replace("DATELINE", "", StringComparison.Ordinal),
            };
            var page = new RawPage
            {
                Origin = "t.html",
                Content = $"<html><head>{head}</head><body>{body}</body></html>",
                Kind = ContentKind.Html,
                Url = url,
                Date = input is null ? null : DateOnly.Parse(input, System.Globalization.CultureInfo.InvariantCulture),
                FetchDate = Fetched,
            };

            // When it is extracted
            var article = Extractor.Extract(page);

            // Then the date and its source are those expected
            article.Published.Should().Be(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
            article.PublishedFrom.Should().Be(from);
            article.ReferenceDate.Should().Be(article.Published);
        }

        [Fact]
        public void Should_not_take_a_date_later_than_the_crawl()
        {
            var page = new RawPage
            {
                Origin = "t.html",
                Content = "<html><head><meta property=\"article:published_time\" content=\"2030-01-01\"></head><body>" + Body.Replace("DATELINE", "", StringComparison.Ordinal) + "</body></html>",
                Kind = ContentKind.Html,
                FetchDate = Fetched,
            };

            Extractor.Extract(page).PublishedFrom.Should().Be(DateSource.Crawl);
        }
    }

    private static (double Precision, double Recall) WordOverlap(string gold, string predicted)
    {
        static Dictionary<string, int> Bag(string s) => s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var g = Bag(gold);
        var p = Bag(predicted);
        var common = g.Sum(kv => Math.Min(kv.Value, p.GetValueOrDefault(kv.Key)));
        return (p.Count == 0 ? 0 : (double)common / p.Values.Sum(), (double)common / g.Values.Sum());
    }

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public bool Should_never_throw_and_keep_date_and_source_together(string? content, bool html, bool withFetch)
    {
        // Given any content, as HTML or text, with or without a crawl date
        var page = new RawPage
        {
            Origin = "p",
            Content = html ? $"<html><body><p>{content}</p><div>{content}</div></body></html>" : content ?? "",
            Kind = html ? ContentKind.Html : ContentKind.Text,
            FetchDate = withFetch ? new DateTimeOffset(2020, 1, 2, 0, 0, 0, TimeSpan.Zero) : null,
        };

        // When it is extracted
        var article = Extractor.Extract(page);

        // Then a date has a source exactly when it exists, and the text has no empty lines
        return (article.Published is null) == (article.PublishedFrom is null)
            && !article.Text.Split('\n').Any(l => l.Length == 0 && article.Text.Length > 0);
    }
}
