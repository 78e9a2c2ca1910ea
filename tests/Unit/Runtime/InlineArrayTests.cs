using System.Collections.Generic;
using System.Runtime.CompilerServices;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Runtime;

/// <summary>
/// An [InlineArray(n)] struct declares one field and holds n elements. A field walk reached only the first, so a copy
/// shared the other elements' lists with its source, silently. Elements that are all immutable are copied by value;
/// elements that hold references are refused, with the path, until the engine can reach them.
/// </summary>
public sealed class InlineArrayTests
{
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void An_inline_array_of_references_is_refused_rather_than_shared(DeepCopyStrategy strategy)
    {
        var source = new ListsHolder();
        source.Lists[0] = new List<int> { 0 };
        source.Lists[2] = new List<int> { 2 };

        var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy }));

        Assert.Equal(DeepCopyErrorKind.NonCopyableType, error.Kind);
        Assert.Equal("$.Lists", error.Path);
        Assert.Equal(typeof(ThreeLists), error.OffendingType);
        Assert.Contains("InlineArray", error.Message);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void An_inline_array_of_immutable_values_is_copied_whole(DeepCopyStrategy strategy)
    {
        var source = new NumbersHolder { Tag = new List<int> { 1 } };
        source.Numbers[0] = 10;
        source.Numbers[3] = 13;

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.Equal(10, copy.Numbers[0]);
        Assert.Equal(13, copy.Numbers[3]);
        Assert.NotSame(source.Tag, copy.Tag);
    }

    [Fact]
    public void Sharing_it_on_request_keeps_the_elements()
    {
        var source = new ListsHolder();
        source.Lists[1] = new List<int> { 1 };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { NonCopyableAction = NonCopyableAction.Reference })!;

        Assert.Same(source.Lists[1], copy.Lists[1]);
    }

    [InlineArray(3)]
    public struct ThreeLists
    {
        private List<int>? _element;
    }

    [InlineArray(4)]
    public struct FourNumbers
    {
        private int _element;
    }

    public sealed class ListsHolder
    {
        public ThreeLists Lists;
    }

    public sealed class NumbersHolder
    {
        public FourNumbers Numbers;

        public List<int>? Tag;
    }
}
