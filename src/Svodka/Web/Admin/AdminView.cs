using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Svodka.Web.Assets;
using Svodka.Storage.Users;
using Svodka.Web.Forms;

namespace Svodka.Web.Admin;

/// <summary>What every admin page shows around its content: who is signed in, their role, the form token.</summary>
public sealed record AdminView(string User, bool IsAdmin, AntiforgeryField Token, string? Notice, string Stylesheet)
{
    public static AdminView For(HttpContext context) => new(
        AdminWeb.UserName(context), context.User.IsInRole(nameof(UserRole.Admin)), AntiforgeryField.For(context),
        Notices.GetValueOrDefault(context.Request.Query["done"].ToString()),
        context.RequestServices.GetRequiredService<StaticAssets>().StylesheetUrl);

    // Codes, not text, in the query: a link cannot make an admin page say something of the linker's choosing.
    private static readonly Dictionary<string, string> Notices = new(StringComparer.Ordinal)
    {
        ["approved"] = "Новость одобрена и опубликована.",
        ["rejected"] = "Новость отклонена.",
        ["saved"] = "Изменения сохранены.",
        ["gone"] = "Эту новость уже рассмотрели.",
        ["added"] = "Источник добавлен.",
        ["imported"] = "OPML импортирован.",
        ["story"] = "Сюжет обновлён.",
        ["merged"] = "Сюжеты объединены.",
        ["split"] = "Новости выделены в новый сюжет.",
        ["site"] = "Сайт сохранён; изменения уже на сайте.",
        ["gazetteer"] = "Справочники перезагружены: новые статьи размечаются по ним.",
    };

    public static IResult Page<T>(object parameters, int status = 200) where T : IComponent =>
        new RazorComponentResult<T>(parameters) { StatusCode = status, ContentType = "text/html; charset=utf-8" };

    /// <summary>Back to an admin page after a post, with a short notice the page shows.</summary>
    public static IResult Back(string path, string notice) =>
        Results.Redirect($"{path}?done={Uri.EscapeDataString(notice)}");

    public static string Time(DateTimeOffset? time) =>
        time is { } t ? t.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) + " UTC" : "—";

    public static IResult Expired() => Results.Text("The form has expired or did not come from this site: reload the page and try again.",
        "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
}
