using System.Security.Cryptography;
using System.Text;
using Svodka.Core.Model;

namespace Svodka.Bench.Storage;

/// <summary>
/// Feeds' worth of realistic drafts: Russian headlines, ~2 KB bodies, and a share of re-reports of
/// recent articles by other sources (an aggregator carrying the same URL, or the same site's AMP copy).
/// Deterministic for a seed, so runs compare.
/// </summary>
internal sealed class NewsDraftGenerator(int sources, double duplicateShare, int seed = 20250314)
{
    private static readonly string[] Subjects =
    [
        "Правительство", "Госдума", "Центробанк", "Мэрия Москвы", "Минфин", "Роскосмос", "Сбербанк", "РЖД",
        "Губернатор Петербурга", "Минздрав", "Аэрофлот", "Росстат", "Верховный суд", "МЧС", "Минобрнауки",
    ];
    private static readonly string[] Verbs =
    [
        "утвердило", "одобрила", "объявил", "предложил", "сообщил", "раскрыл", "запустил", "отложил",
        "поддержал", "опроверг", "пересмотрел", "ограничил",
    ];
    private static readonly string[] Objects =
    [
        "план реконструкции набережных", "новые правила ипотеки", "ключевую ставку", "бюджет на 2026 год",
        "запуск спутника связи", "программу льготных кредитов", "расписание пригородных поездов",
        "итоги переписи", "меры поддержки малого бизнеса", "реформу школьных экзаменов", "тарифы ЖКХ",
        "строительство новой линии метро",
    ];
    private static readonly string[] Words =
    [
        "власти", "региона", "заявили", "что", "работы", "начнутся", "весной", "и", "затронут", "более",
        "сорока", "километров", "по", "словам", "экспертов", "решение", "повлияет", "на", "жителей",
        "города", "в", "ближайшие", "годы", "при", "этом", "расходы", "составят", "миллиардов", "рублей",
        "пресс-служба", "ведомства", "уточнила", "сроки", "реализации", "проекта", "сообщается", "также",
        "документ", "внесён", "на", "рассмотрение", "депутатов", "аналитики", "ожидают", "роста", "цен",
        "снижения", "спроса", "на", "жильё", "министерство", "подготовит", "поправки", "к", "осени",
    ];

    private readonly Random random = new(seed);
    private readonly List<ArticleDraft> recent = [];
    private readonly DateTimeOffset start = new(2025, 3, 14, 0, 0, 0, TimeSpan.Zero);
    private int next;

    public int Sources { get; } = sources;

    /// <summary>One fetch of <paramref name="size"/> items for source <paramref name="source"/> (0-based).</summary>
    public List<ArticleDraft> Fetch(int source, int size)
    {
        var drafts = new List<ArticleDraft>(size);
        for (var i = 0; i < size; i++)
            drafts.Add(recent.Count > 50 && random.NextDouble() < duplicateShare ? ReReport(source) : Fresh(source));
        return drafts;
    }

    private ArticleDraft Fresh(int source)
    {
        var n = next++;
        var host = $"source{source}.example.ru";
        var title = $"{Pick(Subjects)} {Pick(Verbs)} {Pick(Objects)}";
        var text = Body(n);
        var url = $"https://{host}/news/2025/03/14/{n}.html";
        var draft = new ArticleDraft
        {
            ItemId = $"{host}-{n}",
            Url = url + "?utm_source=rss",
            CanonicalUrl = url,
            Title = title,
            Published = start.AddSeconds(n * 7),
            Author = "Редакция",
            Summary = text[..200],
            ContentHtml = "<p>" + text.Replace("\n\n", "</p><p>") + "</p>",
            Text = text,
            Language = "ru",
            ImageUrl = $"https://{host}/img/{n}.jpg",
            Categories = ["Общество", Pick(Subjects)],
            ContentHash = Hash(title, text),
        };
        recent.Add(draft);
        if (recent.Count > 2000) recent.RemoveRange(0, 1000);
        return draft;
    }

    private ArticleDraft ReReport(int source)
    {
        var original = recent[random.Next(recent.Count)];
        // Two in three re-reports carry the same URL (an aggregator); one in three is the site's AMP copy.
        return random.Next(3) < 2
            ? original with { ItemId = $"source{source}-{original.ItemId}" }
            : original with
            {
                ItemId = $"amp-{original.ItemId}",
                Url = original.CanonicalUrl.Replace("/news/", "/amp/"),
                CanonicalUrl = original.CanonicalUrl.Replace("/news/", "/amp/"),
            };
    }

    private string Body(int n)
    {
        var text = new StringBuilder(2200);
        text.Append(n).Append(". ");
        while (text.Length < 2000)
        {
            var sentence = 6 + random.Next(10);
            for (var w = 0; w < sentence; w++)
            {
                var word = Pick(Words);
                text.Append(w == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word).Append(w + 1 < sentence ? " " : ". ");
            }
            if (random.Next(5) == 0) text.Append("\n\n");
        }
        return text.ToString().TrimEnd();
    }

    private string Pick(string[] words) => words[random.Next(words.Length)];

    private static string Hash(string title, string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(title + "\n" + text)));
}
