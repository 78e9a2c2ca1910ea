using System.Collections;
using System.Linq;
using DeepCopy.Core;
using Newtonsoft.Json.Linq;
using Xunit;
using static DeepCopy.Tests.Json.JsonTestSupport;

namespace DeepCopy.Tests.Json;

/// <summary>
/// The JSON text of a JRaw is held to the copy's depth limit like any other value. It was parsed with
/// System.Text.Json's default limit of 64, so a JRaw nested 70 deep failed with HandlerFailed whatever MaxDepth said.
/// </summary>
public sealed class JsonNewtonsoftRawDepthTests
{
    [Fact]
    public void A_JRaw_nested_past_64_levels_copies_within_the_default_limit()
    {
        var copy = Assert.IsAssignableFrom<IDictionary>(DeepCopier.Copy(WithRaw(70), Options(), out var statistics));

        Assert.Equal(70, statistics.MaxDepthReached);
        Assert.IsType<object[]>(copy["raw"]);
    }

    [Fact]
    public void A_JRaw_as_deep_as_MaxDepth_copies()
    {
        DeepCopier.Copy(WithRaw(300), Options(maxDepth: 300), out var statistics);

        Assert.Equal(300, statistics.MaxDepthReached);
    }

    [Fact]
    public void A_JRaw_one_level_past_MaxDepth_fails_with_MaxDepthExceeded_at_the_level_that_is_too_deep()
    {
        var failure = CopyFails(WithRaw(101), Options(maxDepth: 100));

        Assert.Equal(DeepCopyErrorKind.MaxDepthExceeded, failure.Kind);
        Assert.Equal("$['raw']" + string.Concat(Enumerable.Repeat("[0]", 100)), failure.Path);
    }

    [Fact]
    public void A_JRaw_far_past_MaxDepth_fails_with_MaxDepthExceeded_at_the_JRaw()
    {
        var source = WithRaw(5000);

        var failure = CopyFails(source, Options(maxDepth: 100));

        Assert.Equal(DeepCopyErrorKind.MaxDepthExceeded, failure.Kind);
        Assert.Equal("$['raw']", failure.Path);
        Assert.Same(source["raw"], failure.OffendingValue);
    }

    [Fact]
    public void A_JRaw_that_is_not_JSON_still_fails_as_its_handler()
    {
        var failure = CopyFails(new JObject { ["raw"] = new JRaw("[1,") });

        Assert.Equal(DeepCopyErrorKind.HandlerFailed, failure.Kind);
        Assert.Equal("$['raw']", failure.Path);
    }

    private static JObject WithRaw(int nesting) =>
        new JObject { ["raw"] = new JRaw(new string('[', nesting) + new string(']', nesting)) };
}
