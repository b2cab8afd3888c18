using Svodka.Core.Stories;

namespace Svodka.Core.Tests.Stories;

public class NameTermsTests
{
    [Fact]
    public void A_capitalised_word_inside_a_sentence_is_a_name_and_a_common_word_is_not()
    {
        var (all, title) = NameTerms.Of("Автобус столкнулся с грузовиком в Омске", "Авария произошла утром на улице Лукашевича.", "ru");

        Assert.Contains("омск", title);
        Assert.Contains("лукашевич", all);
        Assert.DoesNotContain("автобус", all);
        Assert.DoesNotContain("авар", all);
    }

    [Fact]
    public void A_headline_s_first_word_is_a_name_when_the_lead_writes_it_as_one()
    {
        var (_, named) = NameTerms.Of("Казань показала худший результат", "Результат Казани оказался худшим среди городов.", "ru");
        var (_, common) = NameTerms.Of("Учёные нашли новый минерал", "Минерал нашли учёные из Томска.", "ru");

        Assert.Contains("казан", named);
        Assert.Empty(common);
    }

    [Fact]
    public void Title_case_headlines_take_their_names_from_the_lead()
    {
        var (_, title) = NameTerms.Of("Delhi Air Pollution Levels To Drop On Tuesday",
            "Pollution levels in Delhi are likely to drop as wind speeds increase, officials said.", "en");

        Assert.Equal(["delhi"], title);
    }

    [Fact]
    public void Acronyms_and_the_parts_of_hyphenated_names_count()
    {
        var (all, _) = NameTerms.Of("Заявление ОБСЕ", "Наблюдатели ОБСЕ сообщили о ситуации в районе Delhi-NCR.", "ru");

        Assert.Contains("обсе", all);
        Assert.Contains("delhi", all);
        Assert.Contains("ncr", all);
    }
}
