using System;
using System.Linq;
using System.Management.Automation;
using System.Numerics;
using System.Reflection;
using DeepCopy.Core;
using Xunit;
using static DeepCopy.Tests.Json.JsonTestSupport;

namespace DeepCopy.Tests.Json;

/// <summary>
/// Public instance fields are written as members, as ConvertTo-Json writes them: a ValueTuple or a Vector3, whose
/// data is all in fields, came back as an empty object. ConvertTo-Json lists the fields first, then the properties.
/// </summary>
public sealed unsafe class JsonPublicFieldTests
{
    [Fact]
    public void A_value_tuple_and_a_vector_keep_their_fields()
    {
        var copy = Copy(new object[] { (1, "a"), new Vector3(1, 2, 3) });

        var items = Assert.IsType<object[]>(copy);
        Assert.Equal(new[] { "Item1", "Item2" }, Names(items[0]));
        Assert.Equal(1, Note(items[0], "Item1"));
        Assert.Equal("a", Note(items[0], "Item2"));
        Assert.Equal(new[] { "X", "Y", "Z" }, Names(items[1]));
        Assert.Equal(new[] { 1d, 2d, 3d }, new[] { "X", "Y", "Z" }.Select(name => Convert.ToDouble(Note(items[1], name))));
    }

    [Fact]
    public void Fields_come_before_properties_the_derived_class_first_as_ConvertTo_Json_lists_them()
    {
        var copy = Copy(new Derived());

        Assert.Equal(new[] { "DerivedField", "ReadOnlyField", "BaseField", "DerivedProperty", "BaseProperty" }, Names(copy));
        Assert.Equal(20, Note(copy, "DerivedField"));
        Assert.Equal(30, Note(copy, "ReadOnlyField"));
        Assert.Equal(10, Note(copy, "BaseField"));
    }

    [Fact]
    public void A_member_hidden_by_a_derived_member_of_the_same_name_is_written_once_the_derived_one()
    {
        Assert.Equal(new[] { "Value" }, Names(Copy(new PropertyHidesField())));
        Assert.Equal("derived", Note(Copy(new PropertyHidesField()), "Value"));
        Assert.Equal(new[] { "Value" }, Names(Copy(new FieldHidesProperty())));
        Assert.Equal("derived", Note(Copy(new FieldHidesProperty()), "Value"));
    }

    [Fact]
    public void A_pointer_field_meets_the_rule_for_values_that_cannot_be_copied()
    {
        var pointer = CopyFails(new PointerFields { P = (int*)0x1234 }, Options(NonCopyableAction.Throw));
        Assert.Equal(DeepCopyErrorKind.NonCopyableType, pointer.Kind);
        Assert.Equal("$.P", pointer.Path);

        var function = CopyFails(new PointerFields { F = &Twice }, Options(NonCopyableAction.Throw));
        Assert.Equal(DeepCopyErrorKind.NonCopyableType, function.Kind);
        Assert.Equal("$.F", function.Path);
        Assert.Equal(typeof(Pointer), function.OffendingType);

        var dropped = Copy(new PointerFields { P = (int*)0x1234, F = &Twice }, Options(NonCopyableAction.Null));
        Assert.Equal(new[] { "P", "F" }, Names(dropped));
        Assert.Null(Note(dropped, "P"));
        Assert.Null(Note(dropped, "F"));
    }

    private static string[] Names(object? custom) =>
        ((PSObject)custom!).Properties.Select(property => property.Name).ToArray();

    private static int Twice(int x) => 2 * x;

    public class Base
    {
        public static readonly int StaticField = 1;

        public const int Constant = 2;

        public int BaseField = 10;

        private readonly int _privateField = 11;

        public int BaseProperty => _privateField;
    }

    public sealed class Derived : Base
    {
        public int DerivedField = 20;

        public readonly int ReadOnlyField = 30;

        public int DerivedProperty => 21;
    }

    public class WithField
    {
        public string Value = "base";
    }

    public sealed class PropertyHidesField : WithField
    {
        public new string Value => "derived";
    }

    public class WithProperty
    {
        public string Value => "base";
    }

    public sealed class FieldHidesProperty : WithProperty
    {
        public new string Value = "derived";
    }

    private sealed class PointerFields
    {
        public int* P;

        public delegate*<int, int> F;
    }
}
