using System.Collections;
using System.Collections.Generic;
using System.Drawing;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Numerics;
using DeepCopy.Core;
using DeepCopy.Core.Engine;
using DeepCopy.Core.Metadata;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests;

/// <summary>
/// A struct held in an object-typed slot is a box, and a box can be changed in place: PowerShell sets a property of a
/// boxed struct on the box itself ($copy.Point.X = 100), and so can FieldInfo.SetValue. A copy must not hand its source's
/// box on, unless nothing can change the struct without reflection on a readonly field (an int, a DateTime, a struct of
/// readonly fields of such values).
/// </summary>
public sealed class BoxedStructTests
{
    public BoxedStructTests() => PowerShellRegistrations.EnsureRegistered();

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_hashtable_value_gets_a_box_of_its_own(DeepCopyStrategy strategy)
    {
        var source = new Hashtable { ["Point"] = new Point(1, 2), ["Cursor"] = new Coordinates(3, 4), ["Vector"] = new Vector2(5, 6) };

        var copy = Copy(source, strategy);

        foreach (var key in new[] { "Point", "Cursor", "Vector" })
        {
            Assert.NotSame(source[key], copy[key]);
            Assert.Equal(source[key], copy[key]);
        }
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void An_object_array_element_gets_a_box_of_its_own(DeepCopyStrategy strategy)
    {
        var source = new object[] { new Point(1, 2), 7, new Vector2(5, 6) };

        var copy = Copy(source, strategy);

        Assert.NotSame(source[0], copy[0]);
        Assert.NotSame(source[2], copy[2]);
        Assert.Equal(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_list_of_object_element_gets_a_box_of_its_own(DeepCopyStrategy strategy)
    {
        var source = new List<object> { new Coordinates(3, 4) };

        var copy = Copy(source, strategy);

        Assert.NotSame(source[0], copy[0]);
        Assert.Equal(source[0], copy[0]);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void An_object_typed_field_gets_a_box_of_its_own(DeepCopyStrategy strategy)
    {
        var source = new Holder { Value = new Point(1, 2) };

        var copy = Copy(source, strategy);

        Assert.NotSame(source.Value, copy.Value);
        Unbox(copy.Value).X = 100;
        Assert.Equal(new Point(1, 2), source.Value);
    }

    [Fact]
    public void Auto_past_its_compile_threshold_gives_each_field_a_box_of_its_own()
    {
        var source = Enumerable.Range(0, AdaptiveObjectFiller.CompileThreshold + 10).Select(i => new AutoHolder { Value = new Point(i, i) }).ToList();

        var (copy, plan) = DeepCopy.Tests.Support.HotAutoCopy<AutoHolder>.Make(source);

        Assert.NotNull(plan.CompiledPopulate);
        Assert.All(Enumerable.Range(0, source.Count), i => Assert.NotSame(source[i].Value, copy[i].Value));
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_note_of_a_custom_object_gets_a_box_of_its_own(DeepCopyStrategy strategy)
    {
        var source = new PSObject();
        source.Properties.Add(new PSNoteProperty("Cursor", new Coordinates(3, 4)));

        var copy = Copy(source, strategy);

        Assert.NotSame(source.Properties["Cursor"].Value, copy.Properties["Cursor"].Value);
        Assert.Equal(new Coordinates(3, 4), copy.Properties["Cursor"].Value);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_change_made_by_PowerShell_to_the_copy_leaves_the_source_alone(DeepCopyStrategy strategy)
    {
        using var session = new PowerShellSession();
        var source = (Hashtable)session.InvokeSingle("@{ Cursor = [System.Management.Automation.Host.Coordinates]::new(3, 4) }").BaseObject;
        var copy = Copy(source, strategy);

        session.Invoke("param($copy) $copy.Cursor.X = 100", new Hashtable { ["copy"] = copy });

        Assert.Equal(100, ((Coordinates)copy["Cursor"]!).X);
        Assert.Equal(3, ((Coordinates)source["Cursor"]!).X);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_box_reached_twice_is_one_new_box_reached_twice(DeepCopyStrategy strategy)
    {
        object box = new Point(1, 2);
        var source = new object[] { box, new Hashtable { ["again"] = box } };

        var copy = Copy(source, strategy);

        Assert.NotSame(box, copy[0]);
        Assert.Same(copy[0], ((Hashtable)copy[1]!)["again"]);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Boxes_of_values_nothing_can_change_stay_shared(DeepCopyStrategy strategy)
    {
        var source = new object[] { 42, 1.5, System.DateTime.UnixEpoch, System.Guid.Empty, System.DayOfWeek.Friday, 2.5m, new Fixed(1, 2) };

        var copy = Copy(source, strategy);

        Assert.All(Enumerable.Range(0, source.Length), i => Assert.Same(source[i], copy[i]));
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_value_tuple_of_immutables_gets_a_box_of_its_own_because_its_fields_can_be_set(DeepCopyStrategy strategy)
    {
        object source = (1, "one");

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy });

        Assert.NotSame(source, copy);
        Assert.Equal(source, copy);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_struct_with_one_changeable_field_inside_a_readonly_one_gets_a_box_of_its_own(DeepCopyStrategy strategy)
    {
        var source = new object[] { new Wrapped(new Point(1, 2)) };

        var copy = Copy(source, strategy);

        Assert.NotSame(source[0], copy[0]);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_struct_its_owner_shares_keeps_its_box(DeepCopyStrategy strategy)
    {
        var source = new object[] { new SharedCounter { Count = 1 } };

        var copy = Copy(source, strategy);

        Assert.Same(source[0], copy[0]);
    }

    [Fact]
    public void The_independence_check_reports_a_changeable_box_both_graphs_reach()
    {
        var source = new Hashtable { ["Point"] = new Point(1, 2), ["Count"] = 3 };
        var handMade = new Hashtable { ["Point"] = source["Point"], ["Count"] = source["Count"] };

        var found = DeepComparer.Compare(source, handMade, new DeepCompareOptions { Independence = true });

        var shared = Assert.Single(found);
        Assert.Equal(DeepDifferenceKind.SharedReference, shared.Kind);
        Assert.Contains("Point", shared.Path);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void The_independence_check_finds_nothing_in_a_copy_of_boxes(DeepCopyStrategy strategy)
    {
        var source = new Hashtable { ["Point"] = new Point(1, 2), ["Count"] = 3, ["Items"] = new object[] { new Vector2(1, 2), new Point[] { new Point(3, 4) } } };

        var copy = Copy(source, strategy);

        Assert.Empty(DeepComparer.Compare(source, copy, new DeepCompareOptions { Independence = true }));
    }

    private static T Copy<T>(T source, DeepCopyStrategy strategy) where T : class =>
        (T)DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

    private static ref Point Unbox(object? box) => ref System.Runtime.CompilerServices.Unsafe.Unbox<Point>(box!);

    private sealed class Holder
    {
        public object? Value;
    }

    private sealed class AutoHolder
    {
        public object? Value;
    }

    private readonly struct Fixed
    {
        public Fixed(int x, int y)
        {
            X = x;
            Y = y;
        }

        public int X { get; }

        public int Y { get; }
    }

    [DeepCopyShare]
    private struct SharedCounter
    {
        public int Count;
    }

    private readonly struct Wrapped
    {
        public Wrapped(Point point) => Point = point;

        public Point Point { get; }
    }
}
