using System;
using System.Collections.Generic;
using System.Threading;
using DeepCopy.Core.Metadata;

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
    /// rules for delegates: refused, shared or dropped as NonCopyableAction or a type policy says. Where this runtime's
    /// field for it cannot be found, Barriers are refused as a whole instead.</item>
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

        /// <summary>Where runtimes keep a Barrier's post-phase action: .NET names the field _postPhaseAction, .NET Framework m_postPhaseAction.</summary>
        internal static readonly string[][] PostPhaseActionCandidates = { new[] { "_postPhaseAction" }, new[] { "m_postPhaseAction" } };

        internal const string UnreadableActionReason =
            "its post-phase action cannot be read on this runtime, and a copy made without it would silently skip that action";

        private static readonly Func<object, object?>? ReadPostPhaseAction = MemberChainBinder.Bind(typeof(Barrier), PostPhaseActionCandidates, ReadsProbeAction);

        private static readonly System.Reflection.MethodInfo? SetPhaseNumber =
            typeof(Barrier).GetProperty(nameof(Barrier.CurrentPhaseNumber))?.GetSetMethod(nonPublic: true);

        private static readonly Func<SemaphoreSlim, int?> ReadMaximum = BuildMaximumReader();

        private readonly Func<object, object> _create;
        private readonly Func<object, object?>? _readPostPhaseAction;
        private readonly bool _isBarrier;

        private FreshSignalHandler(Type type, Func<object, object> create, Func<object, object?>? readPostPhaseAction)
            : base(type)
        {
            _isBarrier = type == typeof(Barrier);
            _create = create;
            _readPostPhaseAction = readPostPhaseAction;
        }

        /// <summary>
        /// A Barrier whose action cannot be read is refused, never copied without it: the engine cannot tell whether a
        /// given Barrier has one, and a dropped action would bypass NonCopyableAction and the type policies for delegates.
        /// </summary>
        internal override string? UnsupportedReason => _isBarrier && _readPostPhaseAction is null ? UnreadableActionReason : null;

        public static FreshSignalHandler? TryCreate(Type type) =>
            type == typeof(Barrier) ? ForBarrier(ReadPostPhaseAction) :
            Factories.TryGetValue(type, out var create) ? new FreshSignalHandler(type, create, null) : null;

        /// <summary>Whether this runtime's field for a Barrier's post-phase action was found; without it Barriers are refused.</summary>
        internal static bool CanReadPostPhaseAction => ReadPostPhaseAction != null;

        /// <summary>A Barrier's post-phase action, or null (none, or this runtime's field for it was not found).</summary>
        internal static object? PostPhaseActionOf(Barrier barrier) => ReadPostPhaseAction?.Invoke(barrier);

        /// <summary>The Barrier handler with the given reader of its action (null: this runtime's could not be bound).</summary>
        internal static FreshSignalHandler ForBarrier(Func<object, object?>? readPostPhaseAction) =>
            new FreshSignalHandler(typeof(Barrier), null!, readPostPhaseAction);

        public override object CreateShell(object source, DeepCopyContext context) =>
            source is Barrier barrier ? CopyBarrier(barrier, context) : _create(source);

        private Barrier CopyBarrier(Barrier source, DeepCopyContext context)
        {
            var action = _readPostPhaseAction?.Invoke(source) is Delegate given
                ? context.CopyMember(given, "PostPhaseAction") as Action<Barrier>
                : null;
            var copy = new Barrier(source.ParticipantCount, action);
            SetPhaseNumber?.Invoke(copy, new object[] { source.CurrentPhaseNumber });
            return copy;
        }

        /// <summary>
        /// A bounded semaphore's maximum, which its copy starts with; null for one made without a maximum (or where the
        /// maximum cannot be read), whose copy keeps its count. Compare-DeepObject reads a semaphore the same way.
        /// </summary>
        internal static int? BoundedMaximum(SemaphoreSlim semaphore)
        {
            var maximum = ReadMaximum(semaphore);
            return maximum == int.MaxValue ? null : maximum;
        }

        private static SemaphoreSlim CopySemaphore(SemaphoreSlim source)
        {
            var maximum = BoundedMaximum(source);
            return maximum == null ? new SemaphoreSlim(source.CurrentCount) : new SemaphoreSlim(maximum.Value, maximum.Value);
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

        /// <summary>A Barrier made with an action must read back that very delegate.</summary>
        private static bool ReadsProbeAction(Func<object, object?> read)
        {
            Action<Barrier> probe = _ => { };
            using (var barrier = new Barrier(1, probe))
            {
                return ReferenceEquals(read(barrier), probe);
            }
        }

        /// <summary>SemaphoreSlim keeps its maximum in a private field (m_maxCount on every runtime so far); null if it does not.</summary>
        private static Func<SemaphoreSlim, int?> BuildMaximumReader()
        {
            var field = typeof(SemaphoreSlim).GetField("m_maxCount", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic);
            return field != null && field.FieldType == typeof(int) ? semaphore => (int)field.GetValue(semaphore)! : (Func<SemaphoreSlim, int?>)(_ => null);
        }
    }
}
