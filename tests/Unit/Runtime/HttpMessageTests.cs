using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Runtime;

/// <summary>
/// An HTTP message's known headers (Server, Content-Type...) are keyed by descriptors from a static table of the
/// runtime, compared by reference and holding parser delegates. Copying them refused every message with a known header
/// (at a delegate inside that table), and under NonCopyableAction Reference the copy lost its headers, differently per
/// strategy. The descriptors are shared configuration, so a message copies with default settings and finds its headers.
/// </summary>
public sealed class HttpMessageTests
{
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public async Task A_response_with_known_headers_copies_and_finds_its_headers_and_content(DeepCopyStrategy strategy)
    {
        using var source = new HttpResponseMessage(HttpStatusCode.NotFound) { ReasonPhrase = "Gone fishing", Content = new StringContent("body") };
        source.Headers.TryAddWithoutValidation("Server", "nginx");
        source.Headers.Add("X-Custom", "1");
        source.Headers.CacheControl = new CacheControlHeaderValue { NoCache = true };

        using var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        // Compared before either is read: reading adds lazily computed headers (Content-Length) and caches.
        Assert.Empty(DeepComparer.Compare(source, copy, new DeepCompareOptions { Independence = true }).Select(d => d.Path + " " + d.Message));
        Assert.Equal(source.ToString(), copy.ToString());
        Assert.True(copy.Headers.Contains("Server"));
        Assert.Equal("nginx", copy.Headers.Server.ToString());
        Assert.Equal(new[] { "1" }, copy.Headers.GetValues("X-Custom"));
        Assert.True(copy.Headers.CacheControl!.NoCache);
        Assert.NotSame(source.Headers.CacheControl, copy.Headers.CacheControl);
        Assert.Equal("text/plain", copy.Content.Headers.ContentType!.MediaType);
        Assert.Equal("body", await copy.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, copy.StatusCode);
        copy.Headers.Remove("Server");
        Assert.True(source.Headers.Contains("Server"));
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public async Task A_request_with_known_headers_and_byte_content_copies(DeepCopyStrategy strategy)
    {
        using var source = new HttpRequestMessage(HttpMethod.Post, "https://example.org/items") { Content = new ByteArrayContent(new byte[] { 1, 2, 3 }) };
        source.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        source.Headers.UserAgent.ParseAdd("DeepCopy/1.0");
        source.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");

        using var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.Equal(source.ToString(), copy.ToString());
        Assert.Same(HttpMethod.Post, copy.Method);
        Assert.Equal("application/json", copy.Headers.Accept.Single().MediaType);
        Assert.Equal("DeepCopy/1.0", copy.Headers.UserAgent.ToString());
        Assert.Equal("application/octet-stream", copy.Content!.Headers.ContentType!.MediaType);
        Assert.Equal(new byte[] { 1, 2, 3 }, await copy.Content.ReadAsByteArrayAsync());
        copy.Headers.Accept.Clear();
        Assert.Single(source.Headers.Accept);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Stream_content_is_refused_as_a_stream(DeepCopyStrategy strategy)
    {
        using var source = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new MemoryStream(new byte[] { 1 })) };
        source.Headers.TryAddWithoutValidation("Server", "nginx");

        var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy }));

        Assert.Equal(DeepCopyErrorKind.NonCopyableType, error.Kind);
        Assert.Equal(typeof(MemoryStream), error.OffendingType);
    }
}
