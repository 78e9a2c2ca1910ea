using System;
using System.Collections;
using System.Linq;
using System.Reflection;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Comparison;

/// <summary>Delegates are compared by what they call (method and target, or their invocation list), not by their fields.</summary>
public sealed class DelegateCompareTests
{
    private static readonly MethodInfo Abs = typeof(Math).GetMethod(nameof(Math.Abs), new[] { typeof(int) })!;

    [Fact]
    public void Two_delegates_of_one_method_are_equal_whether_or_not_their_method_was_read()
    {
        var read = (Func<int, int>)Delegate.CreateDelegate(typeof(Func<int, int>), Abs);
        var unread = (Func<int, int>)Delegate.CreateDelegate(typeof(Func<int, int>), Abs);
        Assert.NotNull(read.Method);

        Assert.Empty(DeepComparer.Compare(new Hashtable { ["f"] = read }, new Hashtable { ["f"] = unread }));
    }

    [Fact]
    public void Delegates_of_different_methods_differ_once_by_method_named_in_words()
    {
        Func<int, int> abs = Math.Abs;
        Func<int, int> sign = Math.Sign;

        var found = Assert.Single(DeepComparer.Compare(new Hashtable { ["f"] = abs }, new Hashtable { ["f"] = sign }));

        Assert.Equal("$['f'].Method", found.Path);
        Assert.Equal("Expected [System.Math]::Abs(System.Int32) but found [System.Math]::Sign(System.Int32).", found.Message);
    }

    [Fact]
    public void Delegates_over_equal_targets_are_equal_and_over_different_targets_differ_in_the_target()
    {
        var reference = new Counter { Step = 1 };
        Func<int> first = reference.Next;
        Func<int> equal = new Counter { Step = 1 }.Next;
        Func<int> other = new Counter { Step = 2 }.Next;

        Assert.Empty(DeepComparer.Compare(first, equal));
        var found = Assert.Single(DeepComparer.Compare(first, other));
        Assert.Equal("$.Target.Step", found.Path);
    }

    [Fact]
    public void Multicast_delegates_are_compared_call_by_call_in_order()
    {
        Func<int, int> abs = Math.Abs;
        Func<int, int> sign = Math.Sign;

        Assert.Empty(DeepComparer.Compare(abs + sign, (Func<int, int>)Delegate.Combine(abs, sign)));
        var found = DeepComparer.Compare(abs + sign, sign + abs);
        Assert.Equal(new[] { "$.InvocationList[0].Method", "$.InvocationList[1].Method" }, found.Select(d => d.Path).ToArray());
        Assert.Contains(DeepComparer.Compare(abs + sign, abs), d => d.Path == "$.InvocationList" && d.Kind == DeepDifferenceKind.MemberMissing);
    }

    [Fact]
    public void Dynamic_methods_are_named_by_name_and_parameters()
    {
        var reference = new System.Reflection.Emit.DynamicMethod("first", typeof(int), new[] { typeof(int) });
        var difference = new System.Reflection.Emit.DynamicMethod("second", typeof(int), new[] { typeof(int) });
        foreach (var method in new[] { reference, difference })
        {
            var il = method.GetILGenerator();
            il.Emit(System.Reflection.Emit.OpCodes.Ldarg_0);
            il.Emit(System.Reflection.Emit.OpCodes.Ret);
        }

        var found = Assert.Single(DeepComparer.Compare(reference.CreateDelegate(typeof(Func<int, int>)), difference.CreateDelegate(typeof(Func<int, int>))));

        Assert.Equal("Expected [dynamic method]::first(System.Int32) but found [dynamic method]::second(System.Int32).", found.Message);
    }

    private sealed class Counter
    {
        public int Step { get; set; }

        public int Next() => Step;
    }
}
