using System.Runtime.CompilerServices;
using DeepCopy.Core.Engine;
using DeepCopy.Core.Handlers;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core
{
    /// <summary>
    /// Keys reached earlier in the graph (hunt 27). A key or set element whose copy already exists may still wait on the
    /// work stack, unfilled: its shell's fields then point at the source's children, so a collection that hashed it now
    /// would keep a hash that changes once the key is filled, and could no longer find it. Such a key is filled before it
    /// is handed back, and its place on the stack is left with a step that does nothing.
    /// </summary>
    public sealed partial class DeepCopyContext
    {
        /// <summary>
        /// The start of an item pushed again out of map order (a key's attached state, filled early): never an array's
        /// start, which counts up from 0, so <see cref="OrderAt"/> passes over it as it passes over a sliced array's rest.
        /// </summary>
        private const int OutOfMapOrder = -1;

        /// <summary>The plan an item filled early is left with: its populate does nothing.</summary>
        private static readonly TypePlan FilledEarly = TypePlan.ForHandler(typeof(object), FilledEarlyHandler.Instance);

        /// <summary>
        /// Fills the copy of <paramref name="key"/> now if its work item still waits below <paramref name="mark"/>, with
        /// everything that fill schedules. Only for a key whose copy existed already (an identity-map hit), whose plan
        /// has fields or entries to fill. A boxed struct the copy reached earlier (<paramref name="copiedEarlier"/>) has no
        /// item of its own, so the items of its parts are looked for instead (DeepCopyContext.PendingBoxes.cs).
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private void FinishPendingKey(object key, int position, int mark, bool copiedEarlier)
        {
            if (mark == 0)
            {
                return;
            }

            var plan = PlanOf(key.GetType());
            if (!plan.NeedsPopulate)
            {
                return;
            }

            FinishPendingItems(key, key, position, mark);
            if (copiedEarlier && plan.IsValueType && plan.Kind == TypePlanKind.FieldWalk)
            {
                FinishPendingBoxParts(key, plan, position, mark);
            }
        }

        /// <summary>
        /// Fills the copy of <paramref name="source"/> (the key, or a part of a boxed key) now if its work item still waits
        /// below <paramref name="mark"/>, with everything that fill schedules.
        /// </summary>
        /// <remarks>
        /// PERF: a binary search, not a scan. Items are pushed right after their object is registered in the identity
        /// map, so along the stack they stand in the map's order, except the item for the rest of a sliced array, which
        /// takes the place of the item below it. A key shared by many collections costs a few map lookups each time.
        /// </remarks>
        private void FinishPendingItems(object source, object key, int position, int mark)
        {
            var order = _map.IndexOf(source);
            if (order < 0)
            {
                return;
            }

            var top = _work.Count;
            for (var at = FirstAtOrAfter(order, mark); at < mark; at++)
            {
                var item = _work[at];
                if (item.Start != 0)
                {
                    // The rest of a sliced array: another array's, or this key's own, whose fill has begun (in progress).
                    continue;
                }

                if (!ReferenceEquals(item.Source, source))
                {
                    break;
                }

                if (ReferenceEquals(item.Plan, FilledEarly))
                {
                    continue;
                }

                // Its attached state first, its own item last, so they are filled in the order the stack would give.
                _work[at].Plan = FilledEarly;
                _work.Push(item.Source, item.Copy, item.Plan, item.Path, _path.Count);
            }

            if (_work.Count == top)
            {
                // Filled already, or being filled further down the call stack (a key inside its own subtree): see docs/reliability.md.
                return;
            }

            // The key's own item, last, is popped at once; its attached-state items stay on the stack while its fill
            // runs, out of map order. Marked, they take the order of the item below them, as a sliced array's rest does,
            // so a search for a key reached inside this fill still finds it.
            for (var at = top; at < _work.Count - 1; at++)
            {
                _work[at].Start = OutOfMapOrder;
            }

            if (_keyNesting >= MaxKeyNesting)
            {
                throw Raise(CopyErrors.KeyNestingTooDeep(FormatPath(PathSegmentKind.KeyItself, null, position), key, MaxKeyNesting));
            }

            _keyNesting++;
            try
            {
                DrainNested(top);
            }
            finally
            {
                _keyNesting--;
            }
        }

        /// <summary>The first position below <paramref name="mark"/> whose item was registered at or after <paramref name="order"/>.</summary>
        private int FirstAtOrAfter(int order, int mark)
        {
            var low = 0;
            var high = mark;
            while (low < high)
            {
                var middle = low + ((high - low) >> 1);
                if (OrderAt(middle) < order)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low;
        }

        /// <summary>
        /// The map order of the item at <paramref name="position"/>; the rest of a sliced array, and an item pushed again
        /// out of map order, take the order below it.
        /// </summary>
        private int OrderAt(int position)
        {
            while (position >= 0 && _work[position].Start != 0)
            {
                position--;
            }

            return position < 0 ? -1 : _map.IndexOf(_work[position].Source);
        }
    }
}
