using Svodka.Core.Classify;
using Svodka.Core.Classify.Sources;

namespace Svodka.Core.Tests.Classify;

public class LabelReaderTests
{
    [Fact]
    public void Toloka_categories_are_read_by_column_name_whatever_the_order()
    {
        const string ru = "INPUT:url\tINPUT:text\tINPUT:title\tGOLDEN:res\tHINT:text\n"
            + "https://a.ru/1\tТекст про матч\t«Зенит» победил\tsports\t\n"
            + "https://a.ru/2\tТекст\tЗаголовок\tunknown\t\n";
        const string en = "INPUT:url\tINPUT:title\tINPUT:text\tGOLDEN:res\tINPUT:trans_title\n"
            + "https://b.com/1\tRates rise\tThe bank \"raised\" rates\teconomy\tСтавки растут\n";

        var fromRu = TolokaCategories.Read(new StringReader(ru), "ru").ToList();
        var fromEn = TolokaCategories.Read(new StringReader(en), "en").Single();

        var match = Assert.Single(fromRu); // the row with a label outside the taxonomy is skipped
        Assert.Equal(("«Зенит» победил", "Текст про матч", "sports", "https://a.ru/1"), (match.Title, match.Text, match.Label, match.Url));
        Assert.Equal(("Rates rise", "The bank \"raised\" rates", "economy", "en"), (fromEn.Title, fromEn.Text, fromEn.Label, fromEn.Language));
    }

    [Theory]
    [InlineData("/data/tgcontest-toloka/ru_cat_exam.tsv", "ru")]
    [InlineData("en_cat_training.tsv", "en")]
    [InlineData("categories.tsv", null)]
    public void Toloka_file_names_give_the_language(string path, string? language) =>
        Assert.Equal(language, TolokaCategories.LanguageFromFileName(path));

    [Fact]
    public void Toloka_pairs_say_whether_two_articles_are_one_story()
    {
        const string tsv = "INPUT:first_title\tINPUT:second_title\tINPUT:first_url\tINPUT:second_url\tINPUT:first_text\tINPUT:second_text\tGOLDEN:quality\n"
            + "A\tB\thttps://a\thttps://b\tta\ttb\tOK\n"
            + "C\tD\thttps://c\t\ttc\ttd\tBAD\n"
            + "E\tF\t\t\tte\ttf\t\n";

        var pairs = TolokaPairs.Read(new StringReader(tsv)).ToList();

        Assert.Equal(2, pairs.Count);
        Assert.True(pairs[0].SameStory);
        Assert.Equal(("A", "tb", "https://b"), (pairs[0].FirstTitle, pairs[0].SecondText, pairs[0].SecondUrl));
        Assert.False(pairs[1].SameStory);
        Assert.Null(pairs[1].SecondUrl);
    }

    [Fact]
    public void Ria_rubrics_map_to_the_taxonomy_and_the_dateline_is_cut()
    {
        const string csv = "id,url,title,subtitle,content,datetime,views,tags,topic\n"
            + "1,https://ria.ru/1.html,\"Театр \"\"Ленком\"\" покажет премьеру\",sub,\"МОСКВА, 4 дек - РИА Новости. Театр покажет\nпремьеру, сказал худрук.\",12:09 04.12.2023,5,\"['Культура']\",culture\n"
            + "2,https://ria.ru/2.html,Курс рубля,sub,\"МОСКВА, 4 дек — РИА Новости. Рубль укрепился.\",12:09 04.12.2023,5,[],economy\n"
            + "3,https://ria.ru/3.html,Что-то,sub,текст,12:09 04.12.2023,5,[],unknown_rubric\n";

        var rows = RiaTopics.Read(new StringReader(csv)).ToList();

        Assert.Equal(2, rows.Count);
        Assert.Equal(("Театр \"Ленком\" покажет премьеру", Rubrics.Entertainment), (rows[0].Title, rows[0].Label));
        Assert.Equal("Театр покажет\nпремьеру, сказал худрук.", rows[0].Text);
        Assert.Equal(("Рубль укрепился.", Rubrics.Economy), (rows[1].Text, rows[1].Label));
    }

    [Fact]
    public void Tgcontest_extra_categories_say_sport_and_headlines_repeat()
    {
        const string categories = "lang\tlabel\ttitle_and_text\nen\tsport\tLiverpool win again\nde\tsociety\tEin Text\n";
        const string detect = "is_news\tlabel\ttitle\n0\tnot_news\tГороскоп на 4 ноября\n1\tnews\tВ Москве открылась станция метро\n0\tnot_news\tГороскоп на 4 ноября\n";

        var labelled = Assert.Single(TgcontestExtra.ReadCategories(new StringReader(categories)));
        var headlines = TgcontestExtra.ReadNewsDetect(new StringReader(detect)).ToList();

        Assert.Equal((Rubrics.Sports, "", "Liverpool win again"), (labelled.Label, labelled.Title, labelled.Text));
        Assert.Equal([Rubrics.NotNews, Rubrics.News], headlines.Select(h => h.Label));
    }

    [Fact]
    public void Own_examples_reject_a_label_outside_the_taxonomy()
    {
        const string good = "lang\tlabel\ttitle\ttext\nru\tsport\tМатч\t\nen\tnews\tSomething happened\tText\n";
        const string bad = "lang\tlabel\ttitle\ttext\nru\tpolitics\tЗаголовок\tТекст\n";

        Assert.Equal([Rubrics.Sports, Rubrics.News], OwnExamples.Read(new StringReader(good)).Select(e => e.Label));
        Assert.Throws<FormatException>(() => OwnExamples.Read(new StringReader(bad)).ToList());
    }
}
