using System;
using System.Collections;
using DeepCopy.Core;
using DeepCopy.Core.Strategies.Json;
using Xunit;
using static DeepCopy.Tests.Json.JsonTestSupport;

namespace DeepCopy.Tests.Json;

/// <summary>
/// The JSON text of one copy fits in one byte array, so it has a fixed limit of about 2 GB. Passing it was a raw
/// OutOfMemoryException, which PowerShell turned into a terminating error that stopped the pipeline. The limit is set
/// small here, for this thread only, so the test does not build 2 GB of text.
/// </summary>
public sealed class JsonWholeTextLimitTests
{
    private const int SmallLimit = 64 * 1024;

    [Fact]
    public void Text_past_the_limit_is_SizeLimitExceeded_at_the_value_being_written()
    {
        // Written once per path, as a shared value is: 100 places of 1,000 chars each need about 100 KB of text.
        var text = new string('a', 1000);
        var source = new Hashtable { ["items"] = RepeatedArray(text, 100) };

        var error = WithLimit(SmallLimit, () => CopyFails(source));

        Assert.Equal(DeepCopyErrorKind.SizeLimitExceeded, error.Kind);
        Assert.Matches(@"^\$\['items'\]\[\d+\]$", error.Path);
        Assert.Same(text, error.OffendingValue);
        Assert.Contains(error.Path, error.Message);
        Assert.Contains("65,536 bytes", error.Message);
    }

    [Fact]
    public void A_null_written_past_the_limit_names_its_place_and_offers_the_root()
    {
        var source = new object?[SmallLimit / 4];

        var error = WithLimit(SmallLimit, () => CopyFails(source));

        Assert.Equal(DeepCopyErrorKind.SizeLimitExceeded, error.Kind);
        Assert.Matches(@"^\$\[\d+\]$", error.Path);
        Assert.Same(source, error.OffendingValue);
    }

    [Fact]
    public void The_thread_copies_again_after_the_failure_and_the_limit_goes_back_to_the_default()
    {
        var source = RepeatedArray(new string('b', 1000), 100);
        WithLimit(SmallLimit, () => CopyFails(source));

        Assert.Equal(100, Assert.IsType<object[]>(Copy(source)).Length);
        Assert.Equal(PooledByteBufferWriter.DefaultMaxTextBytes, PooledByteBufferWriter.MaxTextBytes);
    }

    private static object[] RepeatedArray(string text, int count)
    {
        var items = new object[count];
        Array.Fill(items, text);
        return items;
    }

    private static T WithLimit<T>(int limit, Func<T> action)
    {
        PooledByteBufferWriter.MaxTextBytes = limit;
        try
        {
            return action();
        }
        finally
        {
            PooledByteBufferWriter.MaxTextBytes = 0;
        }
    }
}
