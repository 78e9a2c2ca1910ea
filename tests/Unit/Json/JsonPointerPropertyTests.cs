using System.Collections.Specialized;
using System.Reflection;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Json;

/// <summary>
/// Pointer and function-pointer properties meet the rule for values that cannot be copied, as a delegate does: an int*
/// was dropped without a word, and a delegate* was written as the number of its code address. A null one writes null.
/// </summary>
public sealed unsafe class JsonPointerPropertyTests
{
    private static DeepCopyOptions Json(NonCopyableAction action) => new DeepCopyOptions { Strategy = DeepCopyStrategy.Json, NonCopyableAction = action };

    [Fact]
    public void A_pointer_property_is_refused_with_its_path()
    {
        var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(new PointerHolder { P = (int*)0x1234 }, Json(NonCopyableAction.Throw)));

        Assert.Equal(DeepCopyErrorKind.NonCopyableType, error.Kind);
        Assert.Equal("$.P", error.Path);
    }

    [Fact]
    public void A_function_pointer_property_is_refused_with_its_path()
    {
        var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(new FunctionHolder { F = &Twice }, Json(NonCopyableAction.Throw)));

        Assert.Equal(DeepCopyErrorKind.NonCopyableType, error.Kind);
        Assert.Equal("$.F", error.Path);
        Assert.Equal(typeof(Pointer), error.OffendingType);
    }

    [Fact]
    public void Under_null_both_are_written_as_null()
    {
        var copy = (OrderedDictionary)DeepCopier.Copy((object)new BothHolder { P = (int*)0x1234, F = &Twice }, Json(NonCopyableAction.Null))!;

        Assert.True(copy.Contains("P"));
        Assert.Null(copy["P"]);
        Assert.True(copy.Contains("F"));
        Assert.Null(copy["F"]);
    }

    [Fact]
    public void Null_pointers_are_written_as_null_even_under_throw()
    {
        var copy = (OrderedDictionary)DeepCopier.Copy((object)new BothHolder { Tag = 3 }, Json(NonCopyableAction.Throw))!;

        Assert.Null(copy["P"]);
        Assert.Null(copy["F"]);
        Assert.Equal(3L, System.Convert.ToInt64(copy["Tag"]));
    }

    private static int Twice(int x) => 2 * x;

    private sealed class PointerHolder
    {
        public int* P { get; set; }
    }

    private sealed class FunctionHolder
    {
        public delegate*<int, int> F { get; set; }
    }

    private sealed class BothHolder
    {
        public int* P { get; set; }

        public delegate*<int, int> F { get; set; }

        public int Tag { get; set; }
    }
}
