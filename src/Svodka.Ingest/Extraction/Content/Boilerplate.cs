using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Svodka.Ingest.Extraction.Content;

/// <summary>
/// How page furniture names itself. Class and id words that mark navigation, sharing, comments,
/// advertising, subscription and cookie boxes, related links; words that mark an article body; and the
/// lines that open a «Читайте также» or "Read more" block inside the text.
/// </summary>
internal static partial class Boilerplate
{
    /// <summary>Furniture a page would never put the article inside.</summary>
    [GeneratedRegex(@"-ad-|ai2html|banner|breadcrumb|combx|comment|communit|cover-wrap|disqus|extra|footer|gdpr|cookie|consent|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|modal|newsletter|subscri|paywall|share|sharing|promo|advert|reklam|recommend|read-?more|read-?also|see-?also|more-?news|also-?read|trending|popular|most-?read|navbar|toolbar|login|signup|donat|smi2|lentainform|mediametrics|adfox|yandex_?rtb|relap|infox|tags?-?list|widget|nav\b|outbrain|taboola|telegram|rating|author-?bio|print-?only|sr-only|visually-?hidden|skip-?link|overlay|dialog", RegexOptions.IgnoreCase)]
    public static partial Regex Unlikely();

    /// <summary>Words that keep an element despite an unlikely word ("article-sidebar-wrapper main").</summary>
    [GeneratedRegex(@"and|article|body|column|content|main|shadow", RegexOptions.IgnoreCase)]
    public static partial Regex MaybeContent();

    [GeneratedRegex(@"article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|material|news|lead|chapter|artikel|inhalt|beitrag|texto|contenido|noticia|tresc|tekst|statya|novost|intro|vorspann", RegexOptions.IgnoreCase)]
    public static partial Regex Positive();

    [GeneratedRegex(@"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|cookie|masthead|media|meta|outbrain|taboola|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tag-|widget|social|subscri|newsletter|recommend|read-?more|read-?also|also|popular|author|byline|caption|credit|rubric|breadcrumb|(?<![a-z])nav(?![a-z])|navigation|button|btn|icon|counter|likes|views|rating|date|time|info|ads?\b|adv|reklam|partner|print|toolbar|more|aside|inject|embed-?code", RegexOptions.IgnoreCase)]
    public static partial Regex Negative();

    /// <summary>Roles of furniture (ARIA).</summary>
    public static bool IsFurnitureRole(string? role) =>
        role is "menu" or "menubar" or "complementary" or "navigation" or "alert" or "alertdialog" or "dialog" or "banner" or "contentinfo" or "search";

    /// <summary>Class/id words a CMS gives the element that holds the article body.</summary>
    [GeneratedRegex(@"^(?:article[-_]?body|article[-_]?content|article[-_]?text|articlebody|article__body|article__text|article__content|article-?detail|article[-_]?main|post[-_]?content|post[-_]?body|post[-_]?entry|post[-_]?text|entry[-_]?content|entry[-_]?body|entry[-_]?text|story[-_]?body|story[-_]?content|story[-_]?text|news[-_]?text|news[-_]?body|news[-_]?content|news[-_]?detail|news[-_]?full|text[-_]?content|content[-_]?text|body[-_]?text|main[-_]?text|detail[-_]?text|detail[-_]{0,2}content|detail[-_]?body|artikel[-_]?(?:text|body|inhalt)|material[-_]?text|b-text|js-mediator-article|single[-_]?content|td-post-content|field-name-body|field--name-body|rich-?text|c-article-body|l-article__text|article-?full|full-?text|text_news|news_text|article_text|articletext|blog-?post-?content|blog-?content|content-?body|page-?content|itemfulltext|item-?page|article__text-wrapper|topic-?body|b-material-body|newstext|fulltext|entry|post-body|maintext)$", RegexOptions.IgnoreCase)]
    public static partial Regex ContentName();

    /// <summary>The opening words of a block that links elsewhere instead of continuing the text.</summary>
    [GeneratedRegex(@"^\W{0,3}(?:читайте\s+(?:также|еще|ещё|тоже|нас|новости)|читать\s+(?:также|еще|ещё)|смотрите\s+(?:также|еще|ещё)|см\.\s*также|также\s+читайте|ещ[её]\s+по\s+теме|новости\s+по\s+теме|материалы?\s+по\s+теме|по\s+теме|другие\s+новости|последние\s+новости|похожие\s+(?:новости|материалы|статьи)|подпис(?:ывайтесь|аться|ка|тесь)|следите\s+за\s+новостями|присоединяйтесь|наш\s+(?:канал|telegram)|поделиться|комментари(?:и|ев)|нашли\s+ошибку|если\s+вы\s+(?:заметили|нашли)\s+ошибку|все\s+новости|рекомендуем|популярное|read\s+(?:more|also|next)|related(?:\s+(?:articles|stories|content|coverage|posts|news))?|more\s+(?:from|on|stories|news)|see\s+also|you\s+(?:may|might)\s+(?:also\s+)?like|recommended(?:\s+for\s+you)?|sign\s+up|subscribe|share\s+(?:this|on)|follow\s+us|most\s+(?:popular|read)|advertisement|mehr\s+zum\s+thema|das\s+könnte\s+sie\s+auch\s+interessieren|weitere\s+artikel|lesen\s+sie\s+auch|auch\s+interessant|anzeige|teilen|lesen\s+sie\s+(?:auch|hier)|verwandte\s+artikel|weitere\s+(?:informationen|artikel|beiträge)|ähnliche\s+beiträge|zurück\s+zu|à\s+lire\s+aussi|à\s+découvrir|lire\s+aussi|temas\s+relacionados|lee\s+también|leia\s+também|leggi\s+anche|argomenti|zobacz\s+(?:też|także)|czytaj\s+(?:też|także|również))\b", RegexOptions.IgnoreCase)]
    public static partial Regex ReadAlsoOpening();

    /// <summary>
    /// The opening words of furniture that trails an article (comment prompts, newsletter and follow
    /// boxes, author bios, tag and category lists), or a copyright line. Opening words only: «…сообщили
    /// в комментариях» and "declined to comment." are the last sentences of real articles.
    /// </summary>
    [GeneratedRegex(@"^\W{0,3}(?:комментари|подписывайтесь|подпишитесь|подписаться|поделит|об авторе|теги|метки|рубрик|источник|comment|newsletter|subscri|sign up|follow|share|about the author|tags|filed under|posted in|categor|related|kommentar|teilen|abonn|über den autor|schlagw|verwandte|weitere artikel|zurück|folgen|lesen sie|à lire|à découvrir|partager|commentaire|temas relacionados|comentari|compartir|argomenti|condividi|commenti|źródło|komentarz|czytaj|zobacz|udostępnij)|©|all rights reserved|alle rechte vorbehalten|все права защищены|droits réservés|derechos reservados|akismet|comments are closed|kommentare (?:sind )?geschlossen|keine kommentare|no comments yet|leave a (?:comment|reply)|schreibe(?:n sie)? einen kommentar|kommentar (?:verfassen|schreiben)|оставьте комментарий|комментарии закрыты", RegexOptions.IgnoreCase)]
    public static partial Regex TrailingFurniture();

    /// <summary>
    /// Lines that open an article page without being its text: reading time, «By …» bylines, picture
    /// credits, advertising notices.
    /// </summary>
    [GeneratedRegex(@"^\W{0,3}(?:\d+\s*(?:min\.?|minutes?|minuten|мин\.?|минут[аы]?|minut)\s*(?:read|lesezeit|de lecture|чтения|czytania|lectura)?|(?:lesezeit|reading time|время чтения)\b|(?:von|by|par|por|di|автор|текст)\s+\p{Lu}|(?:foto|fotos|photo|photos|bild|image|images|credit|quelle|source|фото)\s*[:©/]|©|\*?(?:werbung|anzeige|advertisement|реклама|sponsored)\b)|(?:istock|getty ?images|shutterstock|/wenn\.com|dpa|depositphotos)\W*$", RegexOptions.IgnoreCase)]
    public static partial Regex LeadingFurniture();

    /// <summary>Captions that only credit the picture: «Фото: РИА Новости», "Photo: Reuters", «© Getty».</summary>
    [GeneratedRegex(@"^\W{0,2}(?:фото|фотография|иллюстрация|источник|кадр|скриншот|photo|image|picture|foto|bild|credit|source)s?\s*(?::|—|-|©|by\b)|^©|©\s*\w+\s*$|^(?:getty|reuters|ap|afp|epa|тасс|риа новости|shutterstock|depositphotos)\b", RegexOptions.IgnoreCase)]
    public static partial Regex CreditCaption();

    public static string ClassAndId(IElement e) => (e.GetAttribute("class") ?? "") + " " + (e.Id ?? "");
}
