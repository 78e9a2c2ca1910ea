using System.Reflection;
using DeepCopy.Core;
using Xunit;
using static DeepCopy.Tests.Json.JsonTestSupport;

namespace DeepCopy.Tests.Json;

/// <summary>
/// Pointer and function-pointer properties meet the rule for values that cannot be copied, as a delegate does: an int*
/// was dropped without a word, and a delegate* was written as the number of its code address. A null one writes null.
/// </summary>
public sealed unsafe class JsonPointerPropertyTests
{
    [Fact]
    public void A_pointer_property_is_refused_with_its_path()
    {
        var error = CopyFails(new PointerHolder { P = (int*)0x1234 }, Options(NonCopyableAction.Throw));

        Assert.Equal(DeepCopyErrorKind.NonCopyableType, error.Kind);
        Assert.Equal("$.P", error.Path);
    }

    [Fact]
    public void A_function_pointer_property_is_refused_with_its_path()
    {
        var error = CopyFails(new FunctionHolder { F = &Twice }, Options(NonCopyableAction.Throw));

        Assert.Equal(DeepCopyErrorKind.NonCopyableType, error.Kind);
        Assert.Equal("$.F", error.Path);
        Assert.Equal(typeof(Pointer), error.OffendingType);
    }

    [Fact]
    public void Under_null_both_are_written_as_null()
    {
        var copy = Copy(new BothHolder { P = (int*)0x1234, F = &Twice, Tag = 3 }, Options(NonCopyableAction.Null));

        // Present and null: a dropped property would read as null too.
        Assert.NotNull(((System.Management.Automation.PSObject)copy!).Properties["P"]);
        Assert.NotNull(((System.Management.Automation.PSObject)copy).Properties["F"]);
        Assert.Null(Note(copy, "P"));
        Assert.Null(Note(copy, "F"));
        Assert.Equal(3L, System.Convert.ToInt64(Note(copy, "Tag")));
    }

    [Fact]
    public void Null_pointers_are_written_as_null_even_under_throw()
    {
        var copy = Copy(new BothHolder { Tag = 3 }, Options(NonCopyableAction.Throw));

        Assert.Null(Note(copy, "P"));
        Assert.Null(Note(copy, "F"));
        Assert.Equal(3L, System.Convert.ToInt64(Note(copy, "Tag")));
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
