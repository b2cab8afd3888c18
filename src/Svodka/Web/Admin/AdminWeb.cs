using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Svodka.Storage.Users;
using Svodka.Users;

namespace Svodka.Web.Admin;

/// <summary>
/// /admin: cookie sign-in (HttpOnly, SameSite=Strict, Secure over HTTPS or always), two roles (an editor moderates
/// and edits stories; an admin also runs sources and sees the pipeline), antiforgery on every form.
/// </summary>
public static class AdminWeb
{
    public const string EditorPolicy = "editor", AdminPolicy = "admin";
    public const string CookieName = "svodka-admin";
    public const string SignInRateLimit = "sign-in";
    /// <summary>Form posts to /admin are small; an OPML file may be larger.</summary>
    public const long MaxFormBytes = 256 * 1024, MaxOpmlBytes = 4 * 1024 * 1024;

    public static void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Admin").Get<SignInOptions>() ?? new SignInOptions();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.Cookie.Name = CookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = options.SecureCookiesOnly ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.Cookie.Path = "/admin";
            o.ExpireTimeSpan = options.SessionLifetime;
            o.SlidingExpiration = true;
            o.LoginPath = "/admin/login";
            o.AccessDeniedPath = "/admin/denied";
            o.ReturnUrlParameter = "returnUrl";
        });
        // Lockout guards one account; this guards all of them against one address trying many names.
        services.AddRateLimiter(o => o.AddPolicy(SignInRateLimit,
            context => AddressBudget.For(context, options.AttemptsPerMinute, TimeSpan.FromMinutes(1))));
        services.AddAuthorizationBuilder()
            .AddPolicy(EditorPolicy, p => p.RequireAuthenticatedUser().RequireRole(nameof(UserRole.Admin), nameof(UserRole.Editor)))
            .AddPolicy(AdminPolicy, p => p.RequireAuthenticatedUser().RequireRole(nameof(UserRole.Admin)));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "svodka-form";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = options.SecureCookiesOnly ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.FormFieldName = "__form";
        });
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        LoginEndpoints.Map(app);
        var editor = app.MapGroup("/admin").RequireAuthorization(EditorPolicy);
        ModerationEndpoints.Map(editor);
        StoryAdminEndpoints.Map(editor);
        var admin = app.MapGroup("/admin").RequireAuthorization(AdminPolicy);
        SourceAdminEndpoints.Map(admin);
        PipelineEndpoints.Map(admin);
        Sites.SiteAdminEndpoints.Map(admin);
        GazetteerEndpoints.Map(admin);
    }

    public static ClaimsPrincipal Principal(UserRecord user) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, user.Name), new Claim(ClaimTypes.Role, user.Role.ToString())],
        CookieAuthenticationDefaults.AuthenticationScheme));

    public static string UserName(HttpContext context) => context.User.Identity?.Name ?? "?";
}
