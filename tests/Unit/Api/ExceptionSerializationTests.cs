using System.IO;
using System.Runtime.Serialization;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Api;

/// <summary>
/// DeepCopyException says it is serializable, so what it carries must survive a round trip (on .NET Framework it
/// crosses AppDomain and remoting boundaries). DataContractSerializer honours ISerializable, as those formatters do.
/// </summary>
public sealed class ExceptionSerializationTests
{
    [Fact]
    public void Kind_path_type_and_limit_survive_a_round_trip()
    {
        var original = new DeepCopyException(DeepCopyErrorKind.MaxDepthExceeded, "too deep", "$.a['b']", typeof(Holder), new Holder()) { IsFixedLimit = true };
        var serializer = new DataContractSerializer(typeof(DeepCopyException));
        using var stream = new MemoryStream();

        serializer.WriteObject(stream, original);
        stream.Position = 0;
        var restored = (DeepCopyException)serializer.ReadObject(stream)!;

        Assert.Equal(DeepCopyErrorKind.MaxDepthExceeded, restored.Kind);
        Assert.Equal("$.a['b']", restored.Path);
        Assert.Equal("too deep", restored.Message);
        Assert.True(restored.IsFixedLimit);
        Assert.Equal(typeof(Holder), restored.OffendingType);
        Assert.Null(restored.OffendingValue);
    }

    public sealed class Holder
    {
    }
}
