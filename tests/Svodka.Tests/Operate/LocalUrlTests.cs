using Svodka.Web.Forms;

namespace Svodka.Tests.Operate;

public sealed class LocalUrlTests
{
    [Theory]
    [InlineData("/admin", true)]
    [InlineData("/admin/sources?x=1", true)]
    [InlineData("/", true)]
    [InlineData("//evil.example/", false)]
    [InlineData("/\\evil.example/", false)]
    [InlineData("https://evil.example/", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("/admin\r\nLocation: https://evil.example/", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_a_path_on_this_site_is_local(string? url, bool local) => Assert.Equal(local, LocalUrl.IsLocal(url));
}
