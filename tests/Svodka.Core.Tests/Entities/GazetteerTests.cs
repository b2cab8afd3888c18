using Svodka.Core.Entities;

namespace Svodka.Core.Tests.Entities;

public class GazetteerTests
{
    private static Gazetteer G => RepoGazetteer.Instance;

    [Fact]
    public void All_89_federal_subjects_have_a_district_a_capital_and_a_head()
    {
        Assert.Equal(89, G.Regions.Count);
        Assert.Equal(89, G.Regions.Select(r => r.Slug).Distinct().Count());
        var districts = new[] { "central", "northwestern", "southern", "north-caucasian", "volga", "ural", "siberian", "far-eastern" };
        Assert.All(G.Regions, r =>
        {
            Assert.Contains(r.FederalDistrict, districts);
            Assert.NotEmpty(r.Capitals);
            Assert.False(string.IsNullOrEmpty(r.GovernorRu), r.Slug);
        });
        Assert.NotNull(G.Region("respublika-krym"));
        Assert.NotNull(G.Region("sevastopol"));
    }

    [Fact]
    public void Countries_have_iso_codes_and_capitals_with_old_names()
    {
        Assert.True(G.Countries.Count >= 195);
        Assert.Equal(G.Countries.Count, G.Countries.Select(c => c.Iso).Distinct().Count());
        Assert.Equal(["Астана", "Нур-Султан", "Акмола"], G.Country("kazakhstan")!.Capitals);
        Assert.Contains("Беларусь", G.Country("belarus")!.OtherNamesRu);
    }

    [Fact]
    public void Governors_and_heads_become_people_even_when_the_person_file_omits_them()
    {
        var gladkov = G.Persons.Single(p => p.NameRu == "Вячеслав Гладков");
        Assert.Equal("belgorodskaya-oblast", gladkov.RegionSlug);
        Assert.Equal("Vyacheslav Gladkov", gladkov.NameEn);
        // The person file's line wins over what the region line implies.
        Assert.Equal("Kassym-Jomart Tokayev", G.Person("kasym-zhomart-tokaev")!.NameEn);
        Assert.Equal(G.Persons.Count, G.Persons.Select(p => p.Slug).Distinct().Count());
    }

    [Fact]
    public void A_file_without_a_needed_column_is_reported_by_name()
    {
        var regions = new StringReader("slug\tname_ru\n");
        var error = Assert.Throws<FormatException>(() =>
            Gazetteer.Load(regions, new StringReader("slug\n"), new StringReader("slug\tname_ru\n")));
        Assert.Contains("regions.tsv", error.Message);
    }

    [Fact]
    public void An_operator_can_add_a_region_line_and_it_is_matched()
    {
        const string regions = "slug\tname_ru\tname_en\tforms_ru\tdistrict\tcapital_ru\tgovernor_ru\n" +
                               "test-oblast\tТестовая область\tTest Oblast\tТестовщина\tcentral\tТестоград\tИван Тестов\n";
        const string countries = "slug\tiso\tname_ru\tname_en\tforms_ru\tadjective_ru\tcapital_ru\tcapital_en\thead_of_state_ru\thead_of_government_ru\n";
        const string persons = "slug\tname_ru\n";
        var gazetteer = Gazetteer.Load(new StringReader(regions), new StringReader(countries), new StringReader(persons));
        var tags = new EntityTagger(gazetteer).Tag("В Тестовой области и на Тестовщине", "Иван Тестов приехал в Тестоград.");
        Assert.Equal("test-oblast", Assert.Single(tags.Regions).Slug);
        Assert.Equal("ivan-testov", Assert.Single(tags.Persons).Slug);
    }
}
