using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Svodka.Web.Forms;

/// <summary>The hidden field a form carries so its post can be checked against the antiforgery cookie.</summary>
public sealed record AntiforgeryField(string Name, string Value)
{
    /// <summary>Issues the token (and its cookie) for a page with a form; call before the response starts.</summary>
    public static AntiforgeryField For(HttpContext context)
    {
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        return new AntiforgeryField(tokens.FormFieldName, tokens.RequestToken ?? "");
    }
}

/// <summary>Every form post is read through here: a post without a valid antiforgery token is refused before any field is looked at.</summary>
public static class FormPost
{
    /// <summary>The fields, or null when the post is not a form or its antiforgery token is missing or wrong.</summary>
    public static async Task<IFormCollection?> ReadAsync(HttpContext context)
    {
        if (!context.Request.HasFormContentType) return null;
        try
        {
            await context.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(context);
        }
        catch (AntiforgeryValidationException)
        {
            return null;
        }
        return await context.Request.ReadFormAsync(context.RequestAborted);
    }
}
