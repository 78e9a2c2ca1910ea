using System.Collections.Generic;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Unsafe;

/// <summary>
/// An unmanaged pointer is refused per NonCopyableAction: what it points at is outside the graph. A null pointer points
/// at nothing, so, like a null delegate or stream field, it copies as null whatever the action.
/// </summary>
public sealed unsafe class PointerTests
{
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_pointer_field_is_refused_with_its_path(DeepCopyStrategy strategy)
    {
        var value = 5;
        var source = new Holder { P = &value };

        var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy }));

        Assert.Equal(DeepCopyErrorKind.NonCopyableType, error.Kind);
        Assert.Equal("$.P", error.Path);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_null_pointer_field_copies_as_null(DeepCopyStrategy strategy)
    {
        var source = new Holder { Items = new List<int> { 1 } };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.True(copy.P == null);
        Assert.NotSame(source.Items, copy.Items);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void An_ignored_pointer_field_is_left_null(DeepCopyStrategy strategy)
    {
        var value = 5;
        var source = new IgnoringHolder { P = &value };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.True(copy.P == null);
    }

    private sealed class Holder
    {
        public int* P;

        public List<int>? Items;
    }

    private sealed class IgnoringHolder
    {
        [DeepCopyIgnore]
        public int* P;
    }
}
