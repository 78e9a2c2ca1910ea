using System;
using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using DeepCopy.Core.Engine;
using DeepCopy.Core.Handlers;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core
{
    /// <summary>
    /// The state of one copy: the identity map, the work stack and the path table. Handlers receive it to copy the
    /// children of the value they rebuild. Children come back at once as shells (already registered, so shared
    /// references and cycles resolve to them) and are filled later from the work stack, never by recursion.
    /// </summary>
    /// <remarks>
    /// <para>
    /// A context is valid only during the call that received it (a handler's CreateShell or Populate, a custom copier),
    /// on that call's thread. Do not keep it: once its copy has finished, its methods throw
    /// <see cref="InvalidOperationException"/>, for good: a context that was handed to a handler or copier of yours is
    /// never run again, not even by the Pooled and Auto strategies, which move its scratch to a new context object for
    /// the thread's next copy. Not checked: a use while its own copy still runs, from another thread or from a later
    /// callback of that copy.
    /// </para>
    /// <para>
    /// A <see cref="DeepCopyException"/> from one of its methods means the copy has failed, with objects registered half
    /// built: a handler or copier may catch it, but the copy fails with it all the same. From then on the methods throw
    /// it again, and the copy throws it at its end.
    /// </para>
    /// </remarks>
    public sealed partial class DeepCopyContext
    {
        /// <summary>
        /// Keys are copied to completion before they are inserted, which nests one drain per key-inside-a-key. Real
        /// graphs nest a handful; a hostile one (a set inside a set inside a set...) is stopped here with an error
        /// long before the call stack could overflow.
        /// </summary>
        internal const int MaxKeyNesting = 256;
        private int _keyNesting;

        /// <summary>Boxed structs filled in place before being returned, one inside another; past this they are scheduled.</summary>
        private const int MaxBoxNesting = 64;
        private int _boxNesting;
        private readonly IdentityMap _map;
        private readonly WorkStack _work;
        private readonly PathTable _path;

        // PERF: a private Type-to-plan map hashed on identity beats the shared ConcurrentDictionary on every lookup,
        // and a pooled context keeps it warm between copies.
        // The map also depends on the type policies in use: it is cleared when a copy brings other policies than the
        // last one, so a per-call plan never leaks into a copy without that policy (docs/policies.md).
        private readonly IdentityMap _plans;
        private int _plansGeneration = -1;
        private TypePolicySet? _plansPolicies;
        // PERF: the last type looked up and its plan. Graphs run in homogeneous stretches (the elements of a list,
        // the links of a chain), and this answers them without hashing the type.
        private Type? _lastType;
        private TypePlan? _lastPlan;
        private ObjectFiller _filler;
        private int _maxDepth;
        private NonCopyableAction _nonCopyableAction;
        private CancellationToken _cancellationToken;
        private int _currentPath;
        private int _currentDepth;
        private long _objectsCopied;
        private int _maxDepthReached;
        private KeyValuePair<DeepCopyAttachedState, TypePlan>[] _attachedStates = Array.Empty<KeyValuePair<DeepCopyAttachedState, TypePlan>>();

        /// <param name="filler">How field-walked objects are filled: the strategy's part.</param>
        /// <param name="expectedObjects">How many objects the copy will probably register, so the identity map grows to that size in one step.</param>
        internal DeepCopyContext(ObjectFiller filler, int expectedObjects = 0)
        {
            _map = IdentityMap.ForExpectedCount(expectedObjects);
            _work = new WorkStack();
            _path = new PathTable();
            _plans = new IdentityMap();
            _filler = filler;
        }

        /// <summary>Cancels the copy; handlers that loop over many entries may observe it.</summary>
        public CancellationToken CancellationToken => _cancellationToken;

        internal IdentityMap Map => _map;

        internal WorkStack Work => _work;

        internal PathTable Path => _path;

        internal CopyStatistics Statistics => new CopyStatistics(_objectsCopied, _maxDepthReached);

        internal void Reset(DeepCopyOptions options)
        {
            _maxDepth = options.MaxDepth == 0 ? int.MaxValue : options.MaxDepth;
            _nonCopyableAction = options.NonCopyableAction;
            _cancellationToken = options.CancellationToken;
            _currentPath = -1;
            _currentDepth = -1;
            _countdown = new CancellationCountdown(options.CancellationToken);
            _keyNesting = 0;
            _inPlaceNesting = 0;
            _shellNesting = 0;
            _wholeCopyNesting = 0;
            _populateBase = 0;
            _inlineSlotsPath = NoInlineSlots;
            _inlineSlotTypes = null;
            _boxNesting = 0;
            _objectsCopied = 0;
            _maxDepthReached = 0;
            _lastType = null;
            _lastPlan = null;
            _attachedStates = DeepCopyRegistry.AttachedStates;
            var generation = TypePlanCache.Generation;
            var policies = options.TypePolicies.IsEmpty ? null : options.TypePolicies;
            if (generation != _plansGeneration || !ReferenceEquals(policies, _plansPolicies))
            {
                // Registrations changed, or this copy follows other type policies: the cached plans may not apply.
                _plans.Clear();
                ForgetPlansWithStatics();
                _plansGeneration = generation;
                _plansPolicies = policies;
            }
        }

        internal void UseFiller(ObjectFiller filler) => _filler = filler;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal object? CopyChild(object? value, PathSegmentKind kind, object? segment, int index)
        {
            // Every child of every handler passes here, so a handler's element loop honours cancellation without a
            // check of its own; loops that take some elements as they are, bypassing this, tick themselves.
            _countdown.Tick();
            if (value is null || value is string)
            {
                return value;
            }

            var type = value.GetType();
            TypePlan plan;
            if (ReferenceEquals(type, _lastType))
            {
                plan = _lastPlan!;
            }
            else
            {
                plan = _plans.TryGetValue(type, out var cached) ? (TypePlan)cached! : LoadPlanAt(type, value, kind, segment, index);
                _lastType = type;
                _lastPlan = plan;
            }

            if (plan.TakenAsIs)
            {
                return value;
            }

            return _map.TryGetValue(value, out var existing, out var emptySlot, out var hash)
                ? existing
                : CopyNew(value, plan, kind, segment, index, emptySlot, hash, _map.Count);
        }

        /// <summary>
        /// Rewrites the deep fields of a boxed struct in place and returns the box. A struct stored inline is part
        /// of its container, so it adds a step to paths but not a level of depth.
        /// </summary>
        internal object PopulateInlineStruct(object box, TypePlan structPlan, PathSegmentKind kind, object? segment, int index)
        {
            var savedPath = _currentPath;
            _currentPath = _path.Add(savedPath, _currentDepth, kind, segment, index);
            _filler.Populate(box, box, structPlan, this);
            _currentPath = savedPath;
            return box;
        }

        /// <summary>The plan this copy follows for <paramref name="type"/>: its per-call policies first, then the shared plan.</summary>
        internal TypePlan PlanOf(Type type) => _plans.TryGetValue(type, out var cached) ? (TypePlan)cached! : LoadPlan(type);

        [MethodImpl(MethodImplOptions.NoInlining)]
        private TypePlan LoadPlan(Type type)
        {
            // Per-call policies first; most types match none and get the shared global plan.
            var plan = _plansPolicies?.PlanFor(type) ?? TypePlanCache.Get(type);
            _plans.Add(type, plan);
            _plansHoldCollectible |= plan.IsCollectible;
            var statics = FrameworkStatics.For(plan);
            if (statics.Length != 0)
            {
                KeepStaticsOf(plan, statics);
            }

            return plan;
        }

        private object? CopyNew(object value, TypePlan plan, PathSegmentKind kind, object? segment, int index, int emptySlot, int hash, int countAtLookup)
        {
            if (plan.Kind == TypePlanKind.NonCopyable)
            {
                return ApplyNonCopyableAction(value, plan, kind, segment, index);
            }

            var depth = _currentDepth + 1;

            // A wrapper that lends its place to what it wraps is no level itself: the wrapped value is checked and
            // counted at this depth when the handler copies it, so a wrapped number at a leaf stays a leaf.
            var isLevel = !plan.HandlerMayLendLevel || !plan.Handler!.LendsLevelToWrapped(value);
            if (isLevel && depth > _maxDepth)
            {
                throw Raise(CopyErrors.MaxDepth(FormatPath(kind, segment, index), value, _maxDepth));
            }

            // The place in the graph is recorded before a handler's shell exists, because a wrapper's shell may
            // already copy what it wraps, and that child hangs off this place.
            var pathIndex = -1;
            object shell;
            switch (plan.Kind)
            {
                case TypePlanKind.Array:
                    shell = plan.IsVector ? VectorCloner.Clone(plan, (Array)value) : ((Array)value).Clone();
                    _objectsCopied++;
                    break;
                case TypePlanKind.Immutable:
                    // A box of a struct that can be changed in place (TypePlan.CopiesBox): its fields need no deep work.
                    shell = ShallowCloner.Clone(value);
                    _objectsCopied++;
                    break;
                case TypePlanKind.Handler:
                    pathIndex = _path.Add(_currentPath, depth, kind, segment, index);
                    if (_wholeCopyNesting >= MaxWholeCopyNesting && plan.Handler is WholeCopyHandler whole)
                    {
                        CopyWholePartsFirst(value, whole, pathIndex, depth);
                    }

                    shell = CreateHandlerShell(value, plan, pathIndex, depth);
                    if (_map.TryGetValue(value, out var nested))
                    {
                        // A handler that copies keys whole in CreateShell (immutable hashed collections) can meet this
                        // very value again through a key that refers back to it. The copy made then is the one that
                        // key already points at, so it is the copy; this second one is dropped.
                        return nested;
                    }

                    // A user's copier may hand back the source's own value (shared) or null (dropped): neither was created.
                    if (IsNewObject(shell, value))
                    {
                        _objectsCopied++;
                    }

                    break;
                default:
                    shell = _filler.CreateShell(value, plan, this);
                    _objectsCopied++;
                    break;
            }

            _map.AddAt(emptySlot, countAtLookup, value, hash, shell);
            if (isLevel && depth > _maxDepthReached)
            {
                _maxDepthReached = depth;
            }

            // The object a wrapper wraps (a PSObject's base) is left to the wrapper's handler, which copies that state itself.
            if (plan.MayHaveAttachedState && kind != PathSegmentKind.Transparent && !IsInlineSlotBox(plan))
            {
                pathIndex = ScheduleAttachedState(value, shell, pathIndex, depth, kind, segment, index);
            }

            if (plan.NeedsPopulate && plan.IsValueType && plan.Kind == TypePlanKind.FieldWalk && _boxNesting < MaxBoxNesting)
            {
                // A boxed struct is filled before it is returned, because handlers of List<TStruct> and the like unbox
                // it at once: a box filled later would leave them holding the source's references. Only its own
                // fields are visited (their objects are scheduled), so this nests only along boxes inside boxes.
                _boxNesting++;
                try
                {
                    return PopulateInlineStruct(shell, plan, kind, segment, index);
                }
                finally
                {
                    _boxNesting--;
                }
            }

            // A handler may make no copy at all (a custom copier returning null, a wrapper of a value a policy drops).
            if (plan.NeedsPopulate && shell != null)
            {
                var path = pathIndex >= 0 ? pathIndex : _path.Add(_currentPath, depth, kind, segment, index);
                _work.Push(value, shell, plan, path, _path.Count);
                if (_work.Count - _populateBase > InPlaceDrainThreshold)
                {
                    DrainInPlace();
                }
            }

            return shell;
        }

        // A handler's shell is typed as an object, but a user's copier can return null; asked here so the caller's
        // shell keeps its non-null state for the compiler.
        private static bool IsNewObject(object? shell, object source) => shell != null && !ReferenceEquals(shell, source);

        private object CreateHandlerShell(object value, TypePlan plan, int pathIndex, int depth)
        {
            var handler = plan.Handler!;
            var savedPath = _currentPath;
            var savedDepth = _currentDepth;
            var savedWholeNesting = _wholeCopyNesting;
            _currentPath = pathIndex;
            _currentDepth = depth;
            _shellNesting++;
            if (handler is WholeCopyHandler)
            {
                _wholeCopyNesting++;
            }

            try
            {
                if (_shellNesting > MaxShellNesting)
                {
                    throw Raise(CopyErrors.ShellNestingTooDeep(FormatPath(PathSegmentKind.Transparent, null, 0), value, MaxShellNesting));
                }

                _handedToUserCode |= plan.RunsUserCode;
                var shell = handler.CreateShell(value, this);
                if (plan.RunsUserCode)
                {
                    AfterUserShell(value, shell, handler);
                }

                return shell;
            }
            catch (Exception ex) when (IsHandlerFault(ex))
            {
                throw Raise(CopyErrors.FromHandler(FormatPath(PathSegmentKind.Transparent, null, 0), value, ex));
            }
            finally
            {
                _shellNesting--;
                _wholeCopyNesting = savedWholeNesting;
                _currentPath = savedPath;
                _currentDepth = savedDepth;
            }
        }

        private object? ApplyNonCopyableAction(object value, TypePlan plan, PathSegmentKind kind, object? segment, int index)
        {
            // A null pointer or an unallocated GC handle holds nothing to share or drop, as a null field does not.
            if (EmptyRuntimeValues.IsEmpty(value))
            {
                return value;
            }

            // A type policy fixes the action for its types; everything else follows the copy's NonCopyableAction.
            switch (plan.FixedAction ?? _nonCopyableAction)
            {
                case NonCopyableAction.Reference:
                    return value;
                case NonCopyableAction.Null:
                    return null;
                default:
                    throw Raise(plan.FixedAction.HasValue
                        ? CopyErrors.RefusedByPolicy(FormatPath(kind, segment, index), value, plan.NonCopyableReason!)
                        : CopyErrors.NonCopyable(FormatPath(kind, segment, index), value, plan.NonCopyableReason!));
            }
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private DeepCopyException NullKey(object key, int position)
        {
            // The plan this copy followed for the key says whether a type policy made the null (Null, or a copier).
            var type = key.GetType();
            var plan = _plans.TryGetValue(type, out var cached) ? (TypePlan)cached! : TypePlanCache.Get(type);
            var byPolicy = plan.FixedAction.HasValue || plan.Kind == TypePlanKind.Handler;
            var reason = plan.Kind == TypePlanKind.Handler ? "the copier of its type policy returned null" : plan.NonCopyableReason;
            return Raise(CopyErrors.NonCopyableKey(FormatPath(PathSegmentKind.KeyItself, null, position), key, reason, byPolicy));
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private string FormatPath(PathSegmentKind kind, object? segment, int index) =>
            PathFormatter.Format(_path, _currentPath, kind, segment, index);
    }
}
