using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Svodka.Users;
using Svodka.Web.Forms;

namespace Svodka.Web.Admin;

/// <summary>/admin/login and /admin/logout.</summary>
public static class LoginEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/admin/login", (HttpContext context) => Form(context, "", context.Request.Query["returnUrl"], null));
        app.MapPost("/admin/login", LoginAsync).WithMetadata(new RequestSizeLimitAttribute(AdminWeb.MaxFormBytes))
            .RequireRateLimiting(AdminWeb.SignInRateLimit);
        app.MapPost("/admin/logout", LogoutAsync).WithMetadata(new RequestSizeLimitAttribute(AdminWeb.MaxFormBytes));
        app.MapGet("/admin/denied", (HttpContext context) =>
            Results.Text("Этот раздел только для администраторов.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden));
    }

    private static async Task<IResult> LoginAsync(HttpContext context, UserPasswords passwords, CancellationToken ct)
    {
        var fields = await FormPost.ReadAsync(context);
        if (fields is null) return AdminView.Expired();
        var name = fields["name"].ToString().Trim();
        var password = fields["password"].ToString();
        var returnUrl = fields["returnUrl"].ToString();
        var result = await passwords.SignInAsync(name, password, ct);
        switch (result.Outcome)
        {
            case SignInOutcome.Success:
                await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, AdminWeb.Principal(result.User!));
                return Results.Redirect(LocalUrl.IsLocal(returnUrl) && returnUrl.StartsWith("/admin", StringComparison.Ordinal) ? returnUrl : "/admin");
            case SignInOutcome.LockedOut:
                return Form(context, name, returnUrl,
                    $"Слишком много неудачных попыток: вход заблокирован до {AdminView.Time(result.LockedUntil)}.", StatusCodes.Status429TooManyRequests);
            default:
                return Form(context, name, returnUrl, "Неверное имя или пароль.", StatusCodes.Status401Unauthorized);
        }
    }

    private static async Task<IResult> LogoutAsync(HttpContext context, CancellationToken ct)
    {
        if (await FormPost.ReadAsync(context) is null) return AdminView.Expired();
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.Redirect("/admin/login");
    }

    private static IResult Form(HttpContext context, string name, string? returnUrl, string? error, int status = 200) =>
        AdminView.Page<LoginPage>(new
        {
            Name = name, ReturnUrl = LocalUrl.OrDefault(returnUrl, "/admin"), Error = error, Token = AntiforgeryField.For(context),
            Stylesheet = context.RequestServices.GetRequiredService<Svodka.Web.Assets.StaticAssets>().StylesheetUrl,
        }, status);
}
