using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;
using DeepCopy.Core.Engine;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// Visits every mutable object of one graph once, with its path, on an explicit stack. Values the copy engine shares
    /// (framework immutables, [DeepCopyShare] and registered shared types) are not walked into: sharing them is by contract.
    /// Boxed structs are walked through but are not objects of their own: each read of a struct field makes a new box.
    /// The exception is a box held as an object (a hashtable value, an object[] element) of a struct that can be changed
    /// in place (a Point): two graphs holding that one box are not independent, so it is recorded like any object.
    /// </summary>
    internal sealed class GraphWalk
    {
        private readonly Stack<KeyValuePair<object, int>> _stack = new Stack<KeyValuePair<object, int>>();

        /// <summary>Ticked per object popped and per child met: a collection of millions is pushed in one step.</summary>
        private CancellationCountdown _countdown;

        /// <summary>Objects the walk records but neither shows to its callback nor walks into; null for none.</summary>
        private readonly Func<object, bool>? _endsAt;

        /// <param name="cancellationToken">Stops a long walk.</param>
        /// <param name="endsAt">
        /// True for an object whose insides are not this walk's business (a value a copy shares on purpose): it is recorded
        /// as met, so no other path walks it either, but not passed to the callback, and what it holds is not visited
        /// through it. What it holds is still visited where the graph reaches it by another way.
        /// </param>
        public GraphWalk(CancellationToken cancellationToken, Func<object, bool>? endsAt = null)
        {
            _countdown = new CancellationCountdown(cancellationToken);
            _endsAt = endsAt;
        }

        public PathTable Paths { get; } = new PathTable();

        // The class-library collection whose field led to each such path: where that collection itself is shared, what
        // it holds in its fields (an OrderedDictionary's list and table) is its storage, shared because it is.
        private readonly Dictionary<int, object> _heldBy = new Dictionary<int, object>();

        /// <summary>The class-library collection whose field holds the object at <paramref name="path"/>, or null.</summary>
        public object? HeldBy(int path) => _heldBy.TryGetValue(path, out var owner) ? owner : null;

        /// <summary>Each mutable object met, with the path where it was first met.</summary>
        public Dictionary<object, int> Nodes { get; } = new Dictionary<object, int>(ReferenceIdentityComparer.Instance);

        // Boxes that can lead to objects, walked already; see Walk.
        private readonly HashSet<object> _boxesWalked = new HashSet<object>(ReferenceIdentityComparer.Instance);

        /// <summary>Walks from <paramref name="root"/>; <paramref name="onNode"/> sees each mutable object once and returns false to stop.</summary>
        public void Walk(object? root, Func<object, int, bool>? onNode)
        {
            Push(root, Paths.Add(-1, 0, PathSegmentKind.Root, null, 0));
            while (_stack.Count > 0)
            {
                _countdown.Tick();
                var item = _stack.Pop();
                var value = item.Key;
                var path = item.Value;
                var type = value.GetType();
                var plan = ComparePlanCache.Get(type);
                if (plan.IsChangeableBox)
                {
                    // It holds nothing mutable (the engine clones it shallow), so it is recorded and not walked into;
                    // only what a host attached to the box, which its copy gets copies of, is walked.
                    Record(value, path, onNode, out var stopsAtBox);
                    if (stopsAtBox)
                    {
                        return;
                    }

                    PushAttachedState(value, plan, path);
                    continue;
                }

                // The class library's statics a copy keeps are its configuration, shared on purpose (FrameworkStatics).
                if (plan.Kind == CompareKind.Value || plan.Kind == CompareKind.Identity || !plan.IsMutable ||
                    (plan.MayBeFrameworkStatic && KnownFrameworkStatics.IsShared(value, out _)) ||
                    (plan.Kind == CompareKind.Adapter && plan.Adapter!.IsConstant(value)) ||
                    (plan.HoldsNothing != null && plan.HoldsNothing(value)))
                {
                    continue;
                }

                if (type.IsValueType)
                {
                    // A struct the copy holds as the source's own (an inline array of references under
                    // NonCopyableAction Reference) shares what it holds on purpose; it is no object, so it is not recorded.
                    if (_endsAt != null && plan.Kind == CompareKind.InlineArray && _endsAt(value))
                    {
                        continue;
                    }

                    // A box that leads on can lead back to itself (a loop of boxes): walked once, so the loop ends. Only
                    // to end it: such a box is still no node, as the class comment says, so none is reported as shared.
                    if (plan.IsBoxThatLeadsOn && !_boxesWalked.Add(value))
                    {
                        continue;
                    }
                }
                else if (!Record(value, path, onNode, out var stops))
                {
                    if (stops)
                    {
                        return;
                    }

                    continue;
                }

                PushChildren(value, plan, path);
            }
        }

        /// <summary>
        /// Records an object the first time it is met and shows it to <paramref name="onNode"/>. True when the walk goes
        /// on into it; false when it was met before, the walk ends at it, or <paramref name="stops"/> the whole walk.
        /// </summary>
        private bool Record(object value, int path, Func<object, int, bool>? onNode, out bool stops)
        {
            stops = false;
            if (Nodes.ContainsKey(value))
            {
                return false;
            }

            Nodes.Add(value, path);
            if (_endsAt != null && _endsAt(value))
            {
                return false;
            }

            stops = onNode != null && !onNode(value, path);
            return !stops;
        }

        private void PushChildren(object value, ComparePlan plan, int path)
        {
            // A collection's own fields its enumerator does not show: what a wrapper wraps may be shared behind two
            // wrappers. Pushed first, so popped last: what is also an element is found, and named, as one.
            foreach (var field in plan.OwnHeldFields)
            {
                Child(field.Field.GetValue(value), path, PathSegmentKind.Member, field.Name, 0);
            }

            foreach (var field in plan.PlatformHeldFields)
            {
                var held = field.Field.GetValue(value);
                if (HeldCollections.ShouldWalk(held))
                {
                    Child(held, path, PathSegmentKind.Member, field.Name, 0);
                    _heldBy[Paths.Count - 1] = value;
                }
            }

            switch (plan.Kind)
            {
                case CompareKind.Adapter:
                    var view = new DeepCompareView();
                    plan.Adapter!.Describe(value, view);
                    if (view.HasWrapped)
                    {
                        Child(view.Wrapped, path, PathSegmentKind.Transparent, null, 0);
                    }

                    foreach (var member in view.Members)
                    {
                        Child(member.Value, path, PathSegmentKind.Member, member.Key, 0);
                    }

                    break;
                case CompareKind.Dictionary:
                    var position = 0;
                    var entries = plan.Dictionary!.Entries(value);
                    while (entries.MoveNext())
                    {
                        var entry = entries.Entry;
                        if (entry.Key is PriorityQueueElement element)
                        {
                            // The wrapper is the comparer's own, new with each view: the element it holds is the queue's,
                            // named as its pair is ($.Items['b']), not through the wrapper ($.Items.Keys[0].Element).
                            Child(element.Element, path, PathSegmentKind.Key, element, 0);
                        }
                        else
                        {
                            Child(entry.Key, path, PathSegmentKind.KeyItself, null, position);
                        }

                        position++;
                        Child(entry.Value, path, PathSegmentKind.Key, entry.Key, 0);
                    }

                    break;
                case CompareKind.Set:
                    foreach (var item in (IEnumerable)value)
                    {
                        Child(item, path, PathSegmentKind.Key, item, 0);
                    }

                    break;
                case CompareKind.Lookup:
                    // Through its groupings, under their keys: the groupings are the lookup's own, a copy has new ones.
                    foreach (var grouping in (IEnumerable)value)
                    {
                        Child(grouping, path, PathSegmentKind.Key, ComparePlanCache.Get(grouping.GetType()).GroupingKey!(grouping), 0);
                    }

                    break;
                case CompareKind.Grouping:
                    Child(plan.GroupingKey!(value), path, PathSegmentKind.Member, "Key", 0);
                    var elementIndex = 0;
                    foreach (var element in (IEnumerable)value)
                    {
                        Child(element, path, PathSegmentKind.Index, null, elementIndex++);
                    }

                    break;
                case CompareKind.NameObjectCollection:
                    // What the base keeps under each key (a NameValueCollection's lists of values): a copy must not share it.
                    // Nothing is looked up, so no comparer is needed.
                    foreach (var entry in NameObjectEntries.ReadStored((System.Collections.Specialized.NameObjectCollectionBase)value, null).Entries)
                    {
                        Child(entry.Value, path, PathSegmentKind.Key, entry.Key, 0);
                    }

                    break;
                case CompareKind.Array:
                    PushArray((Array)value, plan, path);
                    break;
                case CompareKind.InlineArray:
                    // Each element may hold a reference of its own, shared or not: not only the declared first one.
                    for (var i = 0; i < plan.ElementCount; i++)
                    {
                        Child(plan.ReadElement!(value, i), path, PathSegmentKind.Index, null, i);
                    }

                    break;
                case CompareKind.Collection:
                    if (plan.IsDefault != null && plan.IsDefault(value))
                    {
                        // A default ImmutableArray holds nothing, and its enumerator throws.
                        break;
                    }

                    var index = 0;
                    foreach (var item in plan.ReadItems!(value))
                    {
                        Child(item, path, PathSegmentKind.Index, null, index++);
                    }

                    break;
            }

            // Every field, for a plain object; for a collection subclass, the fields it declares itself.
            foreach (var field in plan.Fields)
            {
                Child(field.Field.GetValue(value), path, PathSegmentKind.Member, field.Name, 0, field.Field.FieldType.IsValueType);
            }

            PushAttachedState(value, plan, path);
        }

        private void PushAttachedState(object value, ComparePlan plan, int path)
        {
            if (!plan.HasAttachedState)
            {
                return;
            }

            foreach (var entry in DeepCopyRegistry.AttachedStates)
            {
                if (!entry.Key.HasState(value))
                {
                    continue;
                }

                var view = new DeepCompareView();
                entry.Key.DescribeState(value, view);
                foreach (var member in view.Members)
                {
                    Child(member.Value, path, PathSegmentKind.Member, member.Key, 0);
                }
            }
        }

        private void PushArray(Array array, ComparePlan plan, int path)
        {
            // Function pointers are addresses of code: they hold nothing a copy could share.
            if (plan.ReadAddressAt != null)
            {
                return;
            }

            var inline = array.GetType().GetElementType()!.IsValueType;
            if (plan.IsVector)
            {
                for (var i = 0; i < array.Length; i++)
                {
                    Child(array.GetValue(i), path, PathSegmentKind.Index, null, i, inline);
                }

                return;
            }

            var indices = new int[array.Rank];
            for (var flat = 0; flat < array.Length; flat++)
            {
                ArrayIndexer.Fill(array, flat, indices);
                Child(array.GetValue(indices), path, PathSegmentKind.MultiIndex, array, flat, inline);
            }
        }

        // With inline true, the value was read from a struct-typed field or array element: a box made by the read, which
        // no other graph can hold, so a changeable box is not recorded (a Point[] of a million would fill the node table
        // for nothing).
        private void Child(object? value, int parent, PathSegmentKind kind, object? segment, int index, bool inline = false)
        {
            _countdown.Tick();

            // Strings are the commonest leaves; skipping them here saves a path entry each.
            if (value is null || value is string || (inline && ComparePlanCache.Get(value.GetType()).IsChangeableBox))
            {
                return;
            }

            Push(value, Paths.Add(parent, Paths[parent].Depth + 1, kind, segment, index));
        }

        private void Push(object? value, int path)
        {
            if (value != null)
            {
                _stack.Push(new KeyValuePair<object, int>(value, path));
            }
        }
    }
}
