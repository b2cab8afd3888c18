using System.Text;

namespace Svodka.Bench.Stories.Corpus;

/// <summary>One synthetic article: what a contest file holds.</summary>
internal sealed record GeneratedArticle(
    long Id, string Language, string Category, int EventId, string Outlet, string Url, DateTimeOffset Published,
    string Title, string Description, IReadOnlyList<string> Paragraphs)
{
    public string Text => string.Join("\n\n", Paragraphs);
}

/// <summary>
/// An endless, deterministic stream of synthetic news in Russian and English: events drawn from
/// <see cref="EventFamilies"/> arrive at a steady rate; each gets a few to dozens of articles from
/// different outlets over the following hours, each article a headline variant and a shuffled selection of
/// the event's sentences, some of them verbatim reprints. A few pages are not news at all and a few are in
/// other languages, as in the contest's data. The same seed gives the same stream.
/// </summary>
internal sealed class CorpusGenerator(int seed, DateTimeOffset start, double articlesPerDay)
{
    private readonly Random _random = new(seed);
    private readonly List<PendingArticle> _pending = [];
    private DateTimeOffset _eventClock = start;
    private long _nextArticle = 1;
    private int _nextEvent = 1;

    private sealed record PendingArticle(DateTimeOffset Published, int EventId, EventFamily Family, Dictionary<string, string> Facts, GeneratedArticle? ReprintOf);

    private readonly Dictionary<int, GeneratedArticle> _lastOfEvent = [];

    /// <summary>Articles in publication order (ties by id).</summary>
    public IEnumerable<GeneratedArticle> Articles()
    {
        // Events arrive ahead of the articles about them; articles are released in time order.
        const double meanArticlesPerEvent = 6;
        var eventGap = TimeSpan.FromDays(meanArticlesPerEvent / articlesPerDay);
        while (true)
        {
            // Future events only add articles after the event clock, so everything up to it can go out.
            while (_pending.Count < 4000) ScheduleEvent(eventGap);
            _pending.Sort((a, b) => a.Published.CompareTo(b.Published));
            var released = _pending.FindIndex(p => p.Published > _eventClock);
            if (released < 0) released = _pending.Count;
            foreach (var p in _pending.Take(released)) yield return Write(p);
            _pending.RemoveRange(0, released);
            ScheduleEvent(eventGap);
        }
    }

    private void ScheduleEvent(TimeSpan eventGap)
    {
        _eventClock += TimeSpan.FromTicks((long)(eventGap.Ticks * -Math.Log(1 - _random.NextDouble())));
        var family = EventFamilies.All[_random.Next(EventFamilies.All.Length)];
        var facts = family.Facts(_random);
        var ru = family.Language == "ru";
        var details = ru ? EventFamilies.RuDetails : EventFamilies.EnDetails;
        var first = ru ? CorpusWords.RuFirstNames : CorpusWords.EnFirstNames;
        var last = ru ? CorpusWords.RuSurnames : CorpusWords.EnSurnames;
        var witness = first[_random.Next(first.Length)] + " " + last[_random.Next(last.Length)];
        for (var k = 1; k <= 3; k++)
        {
            var detail = details[_random.Next(details.Length)];
            facts["detail" + k] = ru
                ? $"Как рассказал {witness}, {detail}."
                : $"According to {witness}, {detail}.";
        }
        var id = _nextEvent++;
        // Sizes: most events get a handful of articles, a few get dozens (geometric with a heavy tail).
        var size = 1 + (int)(-Math.Log(1 - _random.NextDouble()) * (_random.NextDouble() < 0.1 ? 20 : 3));
        for (var i = 0; i < size; i++)
        {
            var delay = TimeSpan.FromHours(Math.Min(24, -Math.Log(1 - _random.NextDouble()) * 3));
            _pending.Add(new PendingArticle(_eventClock + delay, id, family, facts, null));
        }
    }

    private GeneratedArticle Write(PendingArticle p)
    {
        var id = _nextArticle++;
        var ru = p.Family.Language == "ru";
        var outlets = ru ? CorpusWords.RuOutlets : CorpusWords.EnOutlets;
        var outlet = outlets[_random.Next(outlets.Length)];
        var url = $"https://{Slug(outlet)}.example/news/{id}";
        var roll = _random.NextDouble();

        GeneratedArticle article;
        if (roll < 0.10 && _lastOfEvent.TryGetValue(p.EventId, out var original))
        {
            // A wire story reprinted whole under another outlet's name, the headline sometimes shortened.
            var title = _random.NextDouble() < 0.5 ? original.Title : original.Title.Split(':')[0];
            article = original with { Id = id, Outlet = outlet, Url = url, Published = p.Published, Title = title };
        }
        else if (roll < 0.14)
        {
            article = NotNews(id, p, outlet, url, ru);
        }
        else if (roll < 0.17)
        {
            article = OtherLanguage(id, p, outlet, url);
        }
        else
        {
            var title = Fill(p.Family.Titles[_random.Next(p.Family.Titles.Length)], p.Facts);
            if (_random.NextDouble() < 0.1) title = (ru ? "СМИ: " : "Report: ") + title;
            var sentences = p.Family.Sentences.OrderBy(_ => _random.Next()).Take(_random.Next(3, p.Family.Sentences.Length + 1))
                .Select(s => Fill(s, p.Facts)).ToList();
            // Most articles tell one to three of the event's own details.
            foreach (var k in Enumerable.Range(1, 3).Where(_ => _random.NextDouble() < 0.6))
                sentences.Insert(_random.Next(sentences.Count + 1), p.Facts["detail" + k]);
            var filler = ru ? EventFamilies.RuFiller : EventFamilies.EnFiller;
            for (var k = _random.Next(3); k > 0; k--) sentences.Insert(_random.Next(sentences.Count + 1), filler[_random.Next(filler.Length)]);
            var paragraphs = new List<string>();
            for (var i = 0; i < sentences.Count; i += 2) paragraphs.Add(string.Join(" ", sentences.Skip(i).Take(2)));
            article = new GeneratedArticle(id, p.Family.Language, p.Family.Category, p.EventId, outlet, url, p.Published, title, sentences[0], paragraphs);
            _lastOfEvent[p.EventId] = article;
        }
        return article;
    }

    private GeneratedArticle NotNews(long id, PendingArticle p, string outlet, string url, bool ru)
    {
        var n = _random.Next(3, 12);
        var title = ru ? $"Рецепт дня: как приготовить пирог за {n * 5} минут" : $"How to bake a pie in {n * 5} minutes";
        string[] text = ru
            ? ["Смешайте муку, сахар и яйца.", $"Выпекайте {n * 5} минут при температуре 180 градусов.", "Подавайте пирог тёплым."]
            : ["Mix the flour, sugar and eggs.", $"Bake for {n * 5} minutes at 180 degrees.", "Serve the pie warm."];
        return new GeneratedArticle(id, ru ? "ru" : "en", "not_news", 0, outlet, url, p.Published, title, text[0], text);
    }

    private GeneratedArticle OtherLanguage(long id, PendingArticle p, string outlet, string url)
    {
        var city = CorpusWords.EnCities[_random.Next(CorpusWords.EnCities.Length)];
        var title = $"Neue Regeln für den Verkehr in {city} ab nächster Woche";
        string[] text = [$"Die Stadt {city} hat am Montag neue Regeln für den Verkehr beschlossen.", "Die Regeln gelten ab der nächsten Woche und betreffen alle Autofahrer.", "Kritiker halten die Maßnahmen für übertrieben."];
        return new GeneratedArticle(id, "de", "other", 0, outlet, url, p.Published, title, text[0], text);
    }

    private static string Fill(string template, Dictionary<string, string> facts)
    {
        var sb = new StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                sb.Append(template, i, template.Length - i);
                break;
            }
            sb.Append(template, i, open - i);
            var close = template.IndexOf('}', open);
            var value = facts[template[(open + 1)..close]];
            // A slot at the start of a sentence («губернатор …») takes a capital.
            sb.Append(open == 0 || (open >= 2 && template[open - 2] == '.') ? char.ToUpperInvariant(value[0]) + value[1..] : value);
            i = close + 1;
        }
        return sb.ToString();
    }

    private static string Slug(string outlet)
    {
        var sb = new StringBuilder();
        foreach (var c in outlet.ToLowerInvariant())
            sb.Append(c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : c is >= 'а' and <= 'я' ? (char)('a' + (c - 'а') % 26) : '-');
        return sb.ToString().Trim('-');
    }
}
