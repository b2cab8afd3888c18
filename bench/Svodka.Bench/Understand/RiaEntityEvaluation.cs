using System.Text;
using System.Text.RegularExpressions;
using Svodka.Core.Entities;
using Svodka.Core.Text;

namespace Svodka.Bench.Understand;

/// <summary>
/// Scores <see cref="EntityTagger"/> against RIA Novosti's own tags (../shared/data/ria-topics-partial): a tag
/// that is a region's or person's name in the gazetteer is gold; precision and recall are micro-averaged over
/// distinct articles. RIA tags what an article is about, not every place it names, so precision here is a
/// floor. Compiled into the bench (entities-eval) and the test project (the floor test).
/// </summary>
internal static partial class RiaEntityEvaluation
{
    public sealed record Article(string Url, string Title, string Text, IReadOnlyList<string> Tags);

    public sealed record Score(string What, int TruePositives, int Predicted, int Gold)
    {
        public double Precision => Predicted == 0 ? 0 : (double)TruePositives / Predicted;
        public double Recall => Gold == 0 ? 0 : (double)TruePositives / Gold;
        public override string ToString() =>
            $"{What,-9} precision {Precision:F3} ({TruePositives}/{Predicted})  recall {Recall:F3} ({TruePositives}/{Gold})";
    }

    public sealed record Result(int Articles, Score Regions, Score Countries, Score Persons, int PersonLikeTagsNotInGazetteer);

    public static List<Article> ReadArticles(string folder)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var articles = new List<Article>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.csv").Order(StringComparer.Ordinal))
        {
            using var reader = File.OpenText(file);
            string[]? header = null;
            foreach (var record in Csv(reader))
            {
                if (header is null)
                {
                    header = record;
                    continue;
                }
                string Cell(string name) => record[Array.IndexOf(header, name)];
                var url = Cell("url");
                if (!seen.Add(url)) continue;
                var text = Cell("subtitle") is { Length: > 0 } sub ? sub + "\n" + Cell("content") : Cell("content");
                articles.Add(new Article(url, Cell("title"), text, TagList(Cell("tags"))));
            }
        }
        return articles;
    }

    public static Result Evaluate(Gazetteer gazetteer, EntityTagger tagger, IReadOnlyList<Article> articles)
    {
        var regionByName = NameTable(gazetteer.Regions.SelectMany(r => new[] { r.NameRu }.Concat(r.OtherNamesRu).Select(n => (n, r.Slug))));
        var countryByName = NameTable(gazetteer.Countries.SelectMany(c => new[] { c.NameRu }.Concat(c.OtherNamesRu).Select(n => (n, c.Slug))));
        var personByName = NameTable(gazetteer.Persons.Select(p => (p.NameRu, p.Slug)));

        int rTp = 0, rPred = 0, rGold = 0, cTp = 0, cPred = 0, cGold = 0, pTp = 0, pPred = 0, pGold = 0, unknownPersons = 0;
        foreach (var article in articles)
        {
            var goldRegions = new HashSet<string>();
            var goldCountries = new HashSet<string>();
            var goldPersons = new HashSet<string>();
            foreach (var tag in article.Tags)
            {
                var key = Key(WithoutParentheses(tag));
                var whole = Key(tag);
                if (regionByName.TryGetValue(key, out var r) || regionByName.TryGetValue(whole, out r)) goldRegions.Add(r);
                else if (countryByName.TryGetValue(key, out var c)) goldCountries.Add(c);
                else if (personByName.TryGetValue(key, out var p)) goldPersons.Add(p);
                else if (PersonLikeTag().IsMatch(tag)) unknownPersons++;
            }

            var tags = tagger.Tag(article.Title, article.Text);
            Count(tags.Regions, goldRegions, ref rTp, ref rPred, ref rGold);
            Count(tags.Countries, goldCountries, ref cTp, ref cPred, ref cGold);
            Count(tags.Persons, goldPersons, ref pTp, ref pPred, ref pGold);
        }
        return new Result(articles.Count, new Score("regions", rTp, rPred, rGold), new Score("countries", cTp, cPred, cGold),
            new Score("persons", pTp, pPred, pGold), unknownPersons);
    }

    /// <summary>The most frequent false positives and misses, to see what a change would fix.</summary>
    public static void PrintMisses(Gazetteer gazetteer, EntityTagger tagger, IReadOnlyList<Article> articles)
    {
        var regionByName = NameTable(gazetteer.Regions.SelectMany(r => new[] { r.NameRu }.Concat(r.OtherNamesRu).Select(n => (n, r.Slug))));
        var personByName = NameTable(gazetteer.Persons.Select(p => (p.NameRu, p.Slug)));
        var fp = new Dictionary<string, int>();
        var fn = new Dictionary<string, int>();
        foreach (var article in articles)
        {
            var gold = article.Tags.Select(t => Key(WithoutParentheses(t)))
                .Select(k => regionByName.GetValueOrDefault(k) ?? personByName.GetValueOrDefault(k)).OfType<string>().ToHashSet();
            var tags = tagger.Tag(article.Title, article.Text);
            var predicted = tags.Regions.Concat(tags.Persons).Select(t => t.Slug).ToHashSet();
            foreach (var s in predicted.Except(gold)) fp[s] = fp.GetValueOrDefault(s) + 1;
            foreach (var s in gold.Except(predicted)) fn[s] = fn.GetValueOrDefault(s) + 1;
        }
        Console.WriteLine("false positives: " + string.Join(", ", fp.OrderByDescending(p => p.Value).Take(25).Select(p => $"{p.Key} {p.Value}")));
        Console.WriteLine("misses: " + string.Join(", ", fn.OrderByDescending(p => p.Value).Take(25).Select(p => $"{p.Key} {p.Value}")));
    }

    private static void Count(IReadOnlyList<EntityTag> predicted, HashSet<string> gold, ref int tp, ref int pred, ref int goldCount)
    {
        pred += predicted.Count;
        goldCount += gold.Count;
        tp += predicted.Count(t => gold.Contains(t.Slug));
    }

    private static Dictionary<string, string> NameTable(IEnumerable<(string Name, string Slug)> names)
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, slug) in names)
        {
            table.TryAdd(Key(name), slug);
            table.TryAdd(Key(WithoutParentheses(name)), slug);
        }
        return table;
    }

    private static string Key(string name) => TextNormalizer.FoldCase(TextNormalizer.Normalize(name)).Trim();

    private static string WithoutParentheses(string tag) => ParenthesesRegex().Replace(tag, "").Trim();

    /// <summary>The tags cell is a Python list literal: ['Россия', "Выставка-форум \"Россия\""].</summary>
    private static List<string> TagList(string cell)
    {
        var tags = new List<string>();
        var i = 0;
        while (i < cell.Length)
        {
            var quote = cell[i];
            if (quote is not ('\'' or '"'))
            {
                i++;
                continue;
            }
            var sb = new StringBuilder();
            for (i++; i < cell.Length && cell[i] != quote; i++)
            {
                if (cell[i] == '\\' && i + 1 < cell.Length) i++;
                sb.Append(cell[i]);
            }
            i++;
            tags.Add(sb.ToString());
        }
        return tags;
    }

    /// <summary>RFC 4180 records: quoted fields may hold commas, doubled quotes and newlines.</summary>
    private static IEnumerable<string[]> Csv(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else quoted = false;
                }
                else field.Append(ch);
                continue;
            }
            switch (ch)
            {
                case '"': quoted = true; break;
                case ',': fields.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return fields.ToArray();
                    fields.Clear();
                    break;
                default: field.Append(ch); break;
            }
        }
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return fields.ToArray();
        }
    }

    [GeneratedRegex(@"\s*\([^)]*\)")]
    private static partial Regex ParenthesesRegex();

    /// <summary>«Имя Фамилия» or «Имя Фамилия (роль)»: how RIA tags a person.</summary>
    [GeneratedRegex(@"^[А-ЯЁ][а-яё]+(-[А-ЯЁ][а-яё]+)? [А-ЯЁ][а-яё]+(-[А-ЯЁ][а-яё]+)?( \([^)]*\))?$")]
    private static partial Regex PersonLikeTag();
}
