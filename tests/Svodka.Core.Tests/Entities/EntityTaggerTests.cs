using Svodka.Core.Entities;
using Svodka.Testing;

namespace Svodka.Core.Tests.Entities;

public class EntityTaggerTests
{
    private static EntityTags Tag(string title, string text = "") => RepoGazetteer.Tagger.Tag(title, text);
    private static string[] Slugs(IReadOnlyList<EntityTag> tags) => tags.Select(t => t.Slug).ToArray();

    [Fact]
    public void The_seed_article_yields_Belarus_Kazakhstan_Lukashenko_and_Koshanov()
    {
        var seed = File.ReadAllText(TestData.RequireSeed("000_4fd7493cbf679052.txt"));
        var lines = seed.Split('\n');
        var title = lines.First(l => l.StartsWith("Лукашенко", StringComparison.Ordinal));
        var text = lines.First(l => l.StartsWith("Александр Лукашенко в Минске", StringComparison.Ordinal));

        var tags = Tag(title, text);

        Assert.Contains("belarus", Slugs(tags.Countries));
        Assert.Contains("kazakhstan", Slugs(tags.Countries));
        Assert.Contains("aleksandr-lukashenko", Slugs(tags.Persons));
        Assert.Contains("erlan-koshanov", Slugs(tags.Persons));
        Assert.Empty(tags.Regions);
        Assert.All(tags.Countries.Concat(tags.Persons), t => Assert.InRange(t.Confidence, 0.5, 1.0));
    }

    [Fact]
    public void A_street_named_Mira_is_not_a_place()
    {
        var tags = Tag("Пожар на проспекте Мира", "Пожар произошёл в доме на проспекте Мира, сообщили в МЧС. На улице Кирова перекрыли движение.");
        Assert.Empty(tags.Regions);
        Assert.Empty(tags.Countries);
    }

    [Theory]
    [InlineData("Губернатор Владимирской области открыл школу", "vladimirskaya-oblast")]
    [InlineData("В Подмосковье выпал снег", "moskovskaya-oblast")]
    [InlineData("На Кубани собрали рекордный урожай", "krasnodarskiy-kray")]
    [InlineData("В Югре построят новую больницу", "khanty-mansiyskiy-avtonomnyy-okrug-yugra")]
    [InlineData("Власти Коми продлили режим ЧС", "respublika-komi")]
    [InlineData("В Ханты-Мансийском автономном округе прошли выборы", "khanty-mansiyskiy-avtonomnyy-okrug-yugra")]
    [InlineData("Во Владимире открыли новый мост", "vladimirskaya-oblast")]
    [InlineData("Жители Нижнего Новгорода вышли на субботник", "nizhegorodskaya-oblast")]
    [InlineData("В Ростове-на-Дону прошёл марафон", "rostovskaya-oblast")]
    [InlineData("В Республике Саха (Якутия) ударили морозы", "respublika-sakha-yakutiya")]
    public void Regions_are_found_in_any_case_and_by_informal_names(string title, string region)
    {
        Assert.Contains(region, Slugs(Tag(title).Regions));
    }

    [Fact]
    public void A_governor_s_surname_in_any_case_with_the_region_in_the_text()
    {
        var tags = Tag("Собянину доложили о ремонте дорог", "Ремонт дорог в Москве завершат к осени.");
        Assert.Contains("sergey-sobyanin", Slugs(tags.Persons));
        Assert.Contains("moskva", Slugs(tags.Regions));
    }

    [Fact]
    public void Vladimir_the_first_name_is_not_the_city()
    {
        var tags = Tag("Владимир Путин провёл совещание", "Владимир Путин обсудил с правительством бюджет. О Владимире Путине говорили все.");
        Assert.DoesNotContain("vladimirskaya-oblast", Slugs(tags.Regions));
        Assert.Contains("vladimir-putin", Slugs(tags.Persons));
    }

    [Fact]
    public void Oryol_the_city_needs_city_context()
    {
        Assert.DoesNotContain("orlovskaya-oblast", Slugs(Tag("Орёл сел на крышу", "Орёл сел на крышу дома и не улетал.").Regions));
        Assert.Contains("orlovskaya-oblast", Slugs(Tag("В Орле открыли парк", "В Орле открыли новый парк.").Regions));
    }

    [Fact]
    public void Chili_the_pepper_is_not_Chile()
    {
        Assert.Empty(Tag("Рецепт соуса", "Добавьте перец чили и чеснок, затем соль.").Countries);
        Assert.Contains("chile", Slugs(Tag("Землетрясение в Чили", "В Чили произошло землетрясение.").Countries));
    }

    [Fact]
    public void Capitals_point_to_their_countries_and_old_names_count()
    {
        var tags = Tag("Переговоры в Нур-Султане", "Делегации встретились в Нур-Султане и договорились продолжить работу в Минске.");
        Assert.Contains("kazakhstan", Slugs(tags.Countries));
        Assert.Contains("belarus", Slugs(tags.Countries));
    }

    [Fact]
    public void A_surname_alone_needs_support_in_the_article()
    {
        // Кузнецов is the Chukotka governor's surname and a common one: without Chukotka or a title it is someone else.
        Assert.Empty(Tag("Кузнецов забил гол", "Нападающий Кузнецов забил победный гол.").Persons);
        Assert.Contains("vladislav-kuznetsov", Slugs(Tag("Кузнецов проверил стройку", "На Чукотке Кузнецов проверил ход строительства.").Persons));
        Assert.Contains("vladislav-kuznetsov", Slugs(Tag("Губернатор Кузнецов проверил стройку").Persons));
    }

    [Fact]
    public void A_surname_shared_by_two_people_needs_the_first_name()
    {
        // Two governors are called Николаев (Chuvashia, Yakutia).
        Assert.Empty(Tag("Николаев провёл совещание", "Глава республики Николаев провёл совещание.").Persons);
        Assert.Contains("aysen-nikolaev", Slugs(Tag("Айсен Николаев провёл совещание").Persons));
    }

    [Theory]
    [InlineData("Трампу доложили о переговорах", "donald-tramp")]
    [InlineData("Шойгу прибыл с визитом", "sergey-shoygu")]
    [InlineData("Встреча с Си Цзиньпином прошла в Пекине", "si-tszinpin")]
    [InlineData("Президент Эрдоган заявил о готовности", "redzhep-tayip-erdogan")]
    [InlineData("Набиуллиной задали вопрос о ставке", "elvira-nabiullina")]
    [InlineData("Письмо Александру Григорьевичу Лукашенко", "aleksandr-lukashenko")]
    public void People_are_found_in_any_case(string title, string person)
    {
        // Support for surnames alone comes from the text: the country or a title.
        var tags = Tag(title, "Об этом сообщили в России, США, Китае, Турции.");
        Assert.Contains(person, Slugs(tags.Persons));
    }

    [Fact]
    public void A_governor_points_to_the_region()
    {
        var tags = Tag("Вячеслав Гладков рассказал об обстановке");
        Assert.Contains("vyacheslav-gladkov", Slugs(tags.Persons));
        Assert.Contains("belgorodskaya-oblast", Slugs(tags.Regions));
    }

    [Fact]
    public void A_quoted_team_name_is_weak_evidence()
    {
        var tags = Tag("\"Краснодар\" обыграл \"Спартак\"", "Матч прошёл на стадионе.");
        Assert.DoesNotContain("krasnodarskiy-kray", Slugs(tags.Regions));
    }

    [Fact]
    public void The_agency_dateline_alone_does_not_tag_the_city()
    {
        var tags = Tag("Рубль укрепился", "МОСКВА, 2 окт - РИА Новости. Рубль укрепился к доллару на открытии торгов.");
        Assert.DoesNotContain("moskva", Slugs(tags.Regions));
    }

    [Fact]
    public void Confidence_grows_with_mentions_and_title_hits()
    {
        var once = Tag("Новости дня", "В Казахстане прошли учения.").Countries.Single(t => t.Slug == "kazakhstan");
        var often = Tag("Казахстан провёл учения", "В Казахстане прошли учения. Казахстан пригласил наблюдателей.").Countries.Single(t => t.Slug == "kazakhstan");
        Assert.True(often.Confidence > once.Confidence);
    }
}
