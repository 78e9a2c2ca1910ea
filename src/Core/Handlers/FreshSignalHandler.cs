using System;
using System.Collections.Generic;
using System.Threading;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Copies the slim coordination primitives as new instances made through their constructors, never field by field:
    /// their fields hold the threads waiting on them (and, once a thread has blocked, an operating-system event, which
    /// refused the copy only sometimes). What they count or signal is data and is kept; who holds them is not, as with
    /// <see cref="FreshLockHandler"/>:
    /// <list type="bullet">
    /// <item>A bounded <see cref="SemaphoreSlim"/> is a gate: permits taken by the source's threads are held by no one in
    /// the copy, which would otherwise stay closed for ever, so the copy starts with every permit free (its maximum).</item>
    /// <item>An unbounded one (no maximum given) counts signals, such as items waiting in a queue: its count is kept.</item>
    /// <item>A <see cref="ManualResetEventSlim"/> keeps whether it is set and its spin count.</item>
    /// <item>A <see cref="CountdownEvent"/> keeps its initial and current counts.</item>
    /// <item>A <see cref="Barrier"/> keeps its participant count and phase number; no participant has arrived in the
    /// copy (the source's waiting threads are not the copy's). Its post-phase action, a delegate, goes through the copy's
    /// rules for delegates: refused, shared or dropped as NonCopyableAction or a type policy says.</item>
    /// </list>
    /// </summary>
    internal sealed class FreshSignalHandler : WholeCopyHandler
    {
        private static readonly Dictionary<Type, Func<object, object>> Factories = new Dictionary<Type, Func<object, object>>
        {
            [typeof(SemaphoreSlim)] = source => CopySemaphore((SemaphoreSlim)source),
            [typeof(ManualResetEventSlim)] = source => CopyEvent((ManualResetEventSlim)source),
            [typeof(CountdownEvent)] = source => CopyCountdown((CountdownEvent)source),
        };

        private static readonly System.Reflection.FieldInfo? PostPhaseAction =
            typeof(Barrier).GetField("_postPhaseAction", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic);

        private static readonly System.Reflection.MethodInfo? SetPhaseNumber =
            typeof(Barrier).GetProperty(nameof(Barrier.CurrentPhaseNumber))?.GetSetMethod(nonPublic: true);

        private static readonly Func<SemaphoreSlim, int?> ReadMaximum = BuildMaximumReader();

        private readonly Func<object, object> _create;

        private FreshSignalHandler(Type type, Func<object, object> create)
            : base(type)
        {
            _create = create;
        }

        public static FreshSignalHandler? TryCreate(Type type) =>
            type == typeof(Barrier) ? new FreshSignalHandler(type, null!) :
            Factories.TryGetValue(type, out var create) ? new FreshSignalHandler(type, create) : null;

        public override object CreateShell(object source, DeepCopyContext context) =>
            source is Barrier barrier ? CopyBarrier(barrier, context) : _create(source);

        private static Barrier CopyBarrier(Barrier source, DeepCopyContext context)
        {
            var action = PostPhaseAction?.GetValue(source) is Delegate given
                ? context.CopyMember(given, "PostPhaseAction") as Action<Barrier>
                : null;
            var copy = new Barrier(source.ParticipantCount, action);
            SetPhaseNumber?.Invoke(copy, new object[] { source.CurrentPhaseNumber });
            return copy;
        }

        private static SemaphoreSlim CopySemaphore(SemaphoreSlim source)
        {
            var maximum = ReadMaximum(source);
            return maximum == null || maximum == int.MaxValue
                ? new SemaphoreSlim(source.CurrentCount)
                : new SemaphoreSlim(maximum.Value, maximum.Value);
        }

        private static ManualResetEventSlim CopyEvent(ManualResetEventSlim source) => new ManualResetEventSlim(source.IsSet, source.SpinCount);

        private static CountdownEvent CopyCountdown(CountdownEvent source)
        {
            // Read once: another thread may signal the source meanwhile, and the copy must be one consistent state.
            var initial = source.InitialCount;
            var current = source.CurrentCount;
            var copy = new CountdownEvent(initial);
            if (current > initial)
            {
                copy.AddCount(current - initial);
            }
            else if (current < initial)
            {
                copy.Signal(initial - current);
            }

            return copy;
        }

        /// <summary>SemaphoreSlim keeps its maximum in a private field (m_maxCount on every runtime so far); null if it does not.</summary>
        private static Func<SemaphoreSlim, int?> BuildMaximumReader()
        {
            var field = typeof(SemaphoreSlim).GetField("m_maxCount", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic);
            return field != null && field.FieldType == typeof(int) ? semaphore => (int)field.GetValue(semaphore)! : (Func<SemaphoreSlim, int?>)(_ => null);
        }
    }
}
