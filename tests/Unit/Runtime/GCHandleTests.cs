using System;
using System.Collections.Generic;
using System.Runtime;
using System.Runtime.InteropServices;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Runtime;

/// <summary>
/// A GCHandle is a slot the garbage collector keeps for one object (strong, weak or pinned). Copied bit for bit, the
/// copy's handle reached the source's object and freeing either freed both. It is refused per NonCopyableAction, like a
/// SafeHandle: Reference shares the handle, Null leaves an unallocated one. A DependentHandle (a slot of the collector's
/// dependent-handle table) is refused the same way.
/// </summary>
public sealed class GCHandleTests
{
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_gchandle_field_is_refused_with_its_path(DeepCopyStrategy strategy)
    {
        var source = new Holder();
        source.Handle = GCHandle.Alloc(source.Items);
        try
        {
            var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy }));

            Assert.Equal(DeepCopyErrorKind.NonCopyableType, error.Kind);
            Assert.Equal("$.Handle", error.Path);
            Assert.Equal(typeof(GCHandle), error.OffendingType);
            Assert.Contains("garbage collector", error.Message);
        }
        finally
        {
            source.Handle.Free();
        }
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Under_null_the_copy_holds_an_unallocated_handle(DeepCopyStrategy strategy)
    {
        var source = new Holder();
        source.Handle = GCHandle.Alloc(source.Items);
        var handles = new[] { source.Handle };
        var boxed = new List<object> { source.Handle };
        var options = new DeepCopyOptions { Strategy = strategy, NonCopyableAction = NonCopyableAction.Null };
        try
        {
            var copy = DeepCopier.Copy(source, options)!;
            var copiedHandles = DeepCopier.Copy(handles, options)!;
            var copiedBoxed = DeepCopier.Copy(boxed, options)!;

            Assert.False(copy.Handle.IsAllocated);
            Assert.NotSame(source.Items, copy.Items);
            Assert.False(copiedHandles[0].IsAllocated);
            Assert.Null(copiedBoxed[0]);
            Assert.True(source.Handle.IsAllocated);
            Assert.Same(source.Items, source.Handle.Target);
        }
        finally
        {
            source.Handle.Free();
        }
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Under_reference_the_copy_shares_the_handle(DeepCopyStrategy strategy)
    {
        var source = new Holder();
        source.Handle = GCHandle.Alloc(source.Items);
        try
        {
            var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy, NonCopyableAction = NonCopyableAction.Reference })!;

            Assert.Equal(source.Handle, copy.Handle);
            Assert.NotSame(source.Items, copy.Items);
        }
        finally
        {
            source.Handle.Free();
        }
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void The_generic_handles_are_refused_too(DeepCopyStrategy strategy)
    {
        var items = new List<int> { 1 };
        var options = new DeepCopyOptions { Strategy = strategy };
        using var strong = new GCHandle<List<int>>(items);
        using var weak = new WeakGCHandle<List<int>>(items);
        using var pinned = new PinnedGCHandle<int[]>(new[] { 1 });

        Assert.Equal("$.H", Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(new GenericHolder<GCHandle<List<int>>> { H = strong }, options)).Path);
        Assert.Equal("$.H", Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(new GenericHolder<WeakGCHandle<List<int>>> { H = weak }, options)).Path);
        Assert.Equal("$.H", Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(new GenericHolder<PinnedGCHandle<int[]>> { H = pinned }, options)).Path);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void An_unallocated_handle_copies_as_unallocated(DeepCopyStrategy strategy)
    {
        // It names no slot, so there is nothing to share: the struct's null, copied as a null field is.
        var copy = DeepCopier.Copy(new Holder(), new DeepCopyOptions { Strategy = strategy })!;
        var boxed = DeepCopier.Copy(new List<object> { default(GCHandle) }, new DeepCopyOptions { Strategy = strategy })!;

        Assert.False(copy.Handle.IsAllocated);
        Assert.False(((GCHandle)boxed[0]).IsAllocated);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_dependent_handle_is_refused_like_a_gchandle_and_the_source_keeps_its_slot(DeepCopyStrategy strategy)
    {
        // A DependentHandle owns a slot in the collector's dependent-handle table: copied bit for bit, disposing the copy
        // freed the source's slot, which then aliased the next handle allocated.
        var target = new object();
        using var handle = new DependentHandle(target, "dependent");
        var source = new GenericHolder<DependentHandle> { H = handle };
        var options = new DeepCopyOptions { Strategy = strategy };

        var field = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(source, options));
        var boxed = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(new List<object> { handle }, options));

        Assert.Equal(DeepCopyErrorKind.NonCopyableType, field.Kind);
        Assert.Equal("$.H", field.Path);
        Assert.Equal(typeof(DependentHandle), field.OffendingType);
        Assert.Contains("garbage collector", field.Message);
        Assert.Equal("$[0]", boxed.Path);
        Assert.Equal("dependent", handle.Dependent);
        GC.KeepAlive(target);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_dependent_handle_follows_null_and_reference_and_an_unallocated_one_copies(DeepCopyStrategy strategy)
    {
        var target = new object();
        using var handle = new DependentHandle(target, "dependent");
        var source = new GenericHolder<DependentHandle> { H = handle };

        var dropped = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy, NonCopyableAction = NonCopyableAction.Null })!;
        var shared = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy, NonCopyableAction = NonCopyableAction.Reference })!;
        var unallocated = DeepCopier.Copy(new GenericHolder<DependentHandle>(), new DeepCopyOptions { Strategy = strategy })!;

        Assert.False(dropped.H.IsAllocated);
        Assert.True(shared.H.IsAllocated);
        Assert.Same(target, shared.H.Target);
        Assert.False(unallocated.H.IsAllocated);
        Assert.Equal("dependent", handle.Dependent);
        GC.KeepAlive(target);
    }

    private sealed class Holder
    {
        public List<int> Items = new List<int> { 1 };

        public GCHandle Handle;
    }

    private sealed class GenericHolder<T>
    {
        public T? H;
    }
}
