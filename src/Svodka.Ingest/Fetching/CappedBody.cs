using System.Buffers;

namespace Svodka.Ingest.Fetching;

/// <summary>Reads a response body, refusing it as soon as it passes the cap, whatever the headers claimed.</summary>
internal static class CappedBody
{
    public static async Task<byte[]> ReadAsync(HttpContent content, int maxBytes, Uri url, CancellationToken cancellationToken)
    {
        // Content-Length is the wire length, and absent when the handler decompresses: the loop below is what
        // enforces the cap; this only refuses early when the server admits to too much.
        var declared = content.Headers.ContentLength;
        if (declared > maxBytes) throw TooLarge(url, maxBytes);

        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using var _ = stream.ConfigureAwait(false);
        // A declared length sizes the buffer, but only up to 1 MB: the header is the server's word.
        using var body = new MemoryStream((int)Math.Min(declared ?? 16 * 1024, Math.Min(maxBytes, 1024 * 1024)));
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (body.Length + read > maxBytes) throw TooLarge(url, maxBytes);
                body.Write(buffer, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        return body.Length == body.Capacity ? body.GetBuffer() : body.ToArray();
    }

    private static FetchException TooLarge(Uri url, int maxBytes) =>
        new(FetchFailure.TooLarge, url, FetchMessages.TooLarge(maxBytes));
}
