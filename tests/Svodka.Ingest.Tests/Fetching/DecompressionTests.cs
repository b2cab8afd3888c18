using System.IO.Compression;
using System.Text;
using Svodka.Ingest.Tests.Fetching.Support;

namespace Svodka.Ingest.Tests.Fetching;

public sealed class DecompressionTests
{
    private static readonly string Feed = string.Concat(Enumerable.Repeat("<item><title>Новости дня</title></item>", 200));

    [Theory]
    [InlineData("gzip")]
    [InlineData("deflate")]
    [InlineData("br")]
    public async Task A_compressed_body_arrives_decoded(string encoding)
    {
        string? acceptEncoding = null;
        var compressed = Compress(Encoding.UTF8.GetBytes(Feed), encoding);
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            acceptEncoding = context.Request.Headers.AcceptEncoding.ToString();
            context.Response.Headers.ContentEncoding = encoding;
            context.Response.ContentLength = compressed.Length;
            await context.Response.Body.WriteAsync(compressed);
        });
        using var fetcher = TestFetcher.Create();

        var response = await fetcher.FetchAsync(server.Root);

        Assert.Equal(Feed, Encoding.UTF8.GetString(response.Body));
        Assert.Contains(encoding, acceptEncoding);
    }

    [Fact]
    public async Task A_corrupt_gzip_body_is_a_network_failure()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.Headers.ContentEncoding = "gzip";
            await context.Response.Body.WriteAsync(Encoding.ASCII.GetBytes("this is not gzip at all"));
        });
        using var fetcher = TestFetcher.Create();

        var e = await Assert.ThrowsAsync<Svodka.Ingest.Fetching.FetchException>(() => fetcher.FetchAsync(server.Root));

        Assert.Equal(Svodka.Ingest.Fetching.FetchFailure.Network, e.Failure);
    }

    private static byte[] Compress(byte[] data, string encoding)
    {
        using var output = new MemoryStream();
        using (Stream compressor = encoding switch
        {
            "gzip" => new GZipStream(output, CompressionLevel.Optimal),
            // HTTP "deflate" is the zlib format (RFC 9110 §8.4.1.2).
            "deflate" => new ZLibStream(output, CompressionLevel.Optimal),
            "br" => new BrotliStream(output, CompressionLevel.Optimal),
            _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
        })
        {
            compressor.Write(data);
        }
        return output.ToArray();
    }
}
