using Svodka.Core.Stories;
using static Svodka.Core.Tests.Stories.NewsFixture;

namespace Svodka.Core.Tests.Stories;

public class DocumentFrequencyTableTests
{
    [Fact]
    public void A_written_table_reads_back_with_the_same_idf_and_leaves_out_terms_seen_once()
    {
        var df = new DocumentFrequencies();
        foreach (var a in All) df.Add(a);

        var writer = new StringWriter();
        df.Write(writer, minFrequency: 2);
        var read = DocumentFrequencies.Read(new StringReader(writer.ToString()));

        Assert.Equal(df.Documents("ru"), read.Documents("ru"));
        var common = OmskCrash1.Terms.Select(t => t.Term).First(t => df.Frequency("ru", t) >= 2);
        Assert.Equal(df.Idf("ru", common), read.Idf("ru", common), 9);
        var rare = All.SelectMany(a => a.Terms).Select(t => t.Term).First(t => df.Frequency("ru", t) == 1);
        Assert.Equal(0, read.Frequency("ru", rare));
    }

    [Fact]
    public void A_background_table_makes_a_rare_word_weigh_more_than_a_common_one_from_the_first_article()
    {
        var background = new DocumentFrequencies();
        foreach (var a in All) background.Add(a);
        var fresh = new StoryClusterer(frequencies: background.Clone());
        fresh.Add(OmskCrash1);

        // «заявил»-like words every article has are cheap at once, not only after thousands of articles.
        Assert.True(fresh.Frequencies.Idf("ru", "омск") < fresh.Frequencies.Idf("ru", "никогданевиденное"));
        Assert.Equal(background.Documents("ru") + 1, fresh.Frequencies.Documents("ru"));
        Assert.Equal(All.Count, background.Documents("ru"));
    }

    [Fact]
    public void A_file_that_is_not_a_table_is_refused_with_the_line_that_is_wrong()
    {
        var wrongHeader = Assert.Throws<FormatException>(() => DocumentFrequencies.Read(new StringReader("term\tcount\n")));
        Assert.Contains("first line", wrongHeader.Message);
        var badLine = Assert.Throws<FormatException>(() =>
            DocumentFrequencies.Read(new StringReader("# svodka document frequencies v1\nru\t*\t10\nru\tомск\n")));
        Assert.Contains("line 3", badLine.Message);
    }
}
