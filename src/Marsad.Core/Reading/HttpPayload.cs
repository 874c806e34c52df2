using System.Globalization;
using System.IO.Compression;

namespace Marsad.Core.Reading;

/// <summary>
/// Undoes the transfer and content encodings some crawlers leave on stored payloads
/// (Common Crawl removes them; wget and Heritrix keep what the server sent).
/// </summary>
internal static class HttpPayload
{
    /// <summary>True when the stored body is still chunked or compressed, so <see cref="Decode"/> must run.</summary>
    public static bool NeedsDecoding(ReadOnlySpan<byte> body, HttpResponseHead head) =>
        (head.Chunked && LooksChunked(body)) || !IsIdentity(head.ContentEncoding);

    /// <summary>The payload as the page's bytes, or null when a declared encoding cannot be undone.</summary>
    public static byte[]? Decode(ReadOnlySpan<byte> body, HttpResponseHead head, long maxBytes)
    {
        try
        {
            var bytes = head.Chunked && LooksChunked(body) ? Dechunk(body) : body.ToArray();
            if (IsIdentity(head.ContentEncoding))
            {
                return bytes;
            }
            return head.ContentEncoding!.Trim().ToLowerInvariant() switch
            {
                "gzip" or "x-gzip" => Inflate(new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress), maxBytes),
                "deflate" => Inflate(new ZLibStream(new MemoryStream(bytes), CompressionMode.Decompress), maxBytes),
                "br" => Inflate(new BrotliStream(new MemoryStream(bytes), CompressionMode.Decompress), maxBytes),
                _ => null,
            };
        }
        catch (InvalidDataException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static bool IsIdentity(string? contentEncoding) =>
        string.IsNullOrWhiteSpace(contentEncoding) || contentEncoding.Trim().Equals("identity", StringComparison.OrdinalIgnoreCase);

    // Common Crawl keeps the header but removes the chunking: only undo it when the body starts like a chunk.
    private static bool LooksChunked(ReadOnlySpan<byte> body)
    {
        var newline = body.IndexOf("\r\n"u8);
        if (newline is <= 0 or > 16)
        {
            return false;
        }
        foreach (var b in body[..newline])
        {
            if (!char.IsAsciiHexDigit((char)b) && b != ';')
            {
                return false;
            }
        }
        return true;
    }

    private static byte[] Dechunk(ReadOnlySpan<byte> body)
    {
        using var output = new MemoryStream(body.Length);
        while (true)
        {
            var newline = body.IndexOf("\r\n"u8);
            if (newline <= 0)
            {
                throw new FormatException("chunk size line missing");
            }
            var sizeText = body[..newline];
            var semicolon = sizeText.IndexOf((byte)';');
            if (semicolon >= 0)
            {
                sizeText = sizeText[..semicolon];
            }
            var size = int.Parse(System.Text.Encoding.ASCII.GetString(sizeText).Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            body = body[(newline + 2)..];
            if (size == 0)
            {
                return output.ToArray();
            }
            if (size < 0 || size > body.Length)
            {
                throw new FormatException("chunk longer than the payload");
            }
            output.Write(body[..size]);
            body = body[size..];
            if (body.StartsWith("\r\n"u8))
            {
                body = body[2..];
            }
        }
    }

    private static byte[] Inflate(Stream decompressor, long maxBytes)
    {
        using (decompressor)
        {
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = decompressor.Read(buffer)) > 0)
            {
                if (output.Length + read > maxBytes)
                {
                    throw new InvalidDataException("payload too large once decompressed");
                }
                output.Write(buffer, 0, read);
            }
            return output.ToArray();
        }
    }
}
