namespace Svodka.Demo;

/// <summary>What the demo server answers for one path at one instant, before conditional-GET handling.</summary>
internal sealed record DemoResponse(int Status, string ContentType, byte[] Body, DateTimeOffset? LastModified = null)
{
    public static DemoResponse Text(int status, string contentType, string text) =>
        new(status, contentType, System.Text.Encoding.UTF8.GetBytes(text));
}
