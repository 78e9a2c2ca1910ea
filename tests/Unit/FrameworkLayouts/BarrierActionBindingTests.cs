using System;
using System.Threading;
using DeepCopy.Core.Handlers;
using DeepCopy.Core.Metadata;
using Xunit;

namespace DeepCopy.Tests.FrameworkLayouts;

/// <summary>
/// A Barrier's post-phase action on every runtime: the candidates find .NET Framework's m_postPhaseAction (its layout
/// reproduced by <see cref="FrameworkBarrier"/>), and a Barrier handler that could bind no field refuses Barriers
/// instead of copying them without their action.
/// </summary>
public sealed class BarrierActionBindingTests
{
    private static readonly Action<Barrier> Action = _ => { };

    [Fact]
    public void The_candidates_find_the_framework_field()
    {
        var reader = MemberChainBinder.Bind(typeof(FrameworkBarrier), FreshSignalHandler.PostPhaseActionCandidates, ReadsBackItsAction);

        Assert.NotNull(reader);
        Assert.Same(Action, reader!(new FrameworkBarrier(Action)));
    }

    [Fact]
    public void This_runtime_binds_the_action()
    {
        Assert.Null(FreshSignalHandler.TryCreate(typeof(Barrier))!.UnsupportedReason);
    }

    [Fact]
    public void A_barrier_handler_without_a_reader_refuses_barriers()
    {
        Assert.Equal(FreshSignalHandler.UnreadableActionReason, FreshSignalHandler.ForBarrier(null).UnsupportedReason);
        Assert.Null(FreshSignalHandler.TryCreate(typeof(SemaphoreSlim))!.UnsupportedReason);
    }

    private static bool ReadsBackItsAction(Func<object, object?> read) => ReferenceEquals(read(new FrameworkBarrier(Action)), Action);
}
