using Microsoft.AspNetCore.Http;

namespace Svodka.Web.Forms;

/// <summary>Pages that carry a visitor's own form token or an editor's session: never cached, never answered with 304.</summary>
public static class PrivatePaths
{
    public static bool Contains(PathString path) =>
        path.StartsWithSegments("/add") || path.StartsWithSegments("/admin");
}
