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
    public void A_background_table_tells_common_words_from_rare_ones_from_the_first_article()
    {
        var background = new DocumentFrequencies();
        foreach (var a in All) background.Add(a);
        var terms = OmskCrash1.Terms.Select(t => t.Term).ToList();
        var common = terms.MaxBy(t => background.Frequency("ru", t))!;
        var rare = terms.MinBy(t => background.Frequency("ru", t))!;
        Assert.True(background.Frequency("ru", common) > background.Frequency("ru", rare));

        // Alone, the first article makes every one of its words equally rare…
        var alone = new StoryClusterer();
        alone.Add(OmskCrash1);
        Assert.Equal(alone.Frequencies.Idf("ru", common), alone.Frequencies.Idf("ru", rare), 9);

        // …with the background, the word many articles share weighs less at once; the live counts go on top.
        var started = new StoryClusterer(frequencies: background.Clone());
        started.Add(OmskCrash1);
        Assert.True(started.Frequencies.Idf("ru", common) < started.Frequencies.Idf("ru", rare));
        Assert.Equal(background.Documents("ru") + 1, started.Frequencies.Documents("ru"));
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
