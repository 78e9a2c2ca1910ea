using System;
using System.Collections.Generic;
using DeepCopy.Core.Engine;
using DeepCopy.Core.Handlers;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core
{
    /// <summary>
    /// Copies that must be whole before they are stored: collections built whole (immutable, frozen, lookups), whose
    /// copy cannot exist before the copies of their values, and struct values that such a collection unboxes at once.
    /// </summary>
    public sealed partial class DeepCopyContext
    {
        /// <summary>
        /// Whole copies made one inside another's shell, through the call stack. Past this, the next one's nested whole
        /// copies are made first, deepest first, from an explicit stack, so a chain of any length costs no more stack.
        /// </summary>
        private const int MaxWholeCopyNesting = 16;

        /// <summary>
        /// Handler shells made one inside another by any handler (a registered one, a wrapper...). Whole copies stay far
        /// below this; only a handler whose shell copies another such handler's value without end gets here, and it is
        /// stopped with an error while a 1 MB stack still has room.
        /// </summary>
        internal const int MaxShellNesting = 200;

        private int _wholeCopyNesting;

        /// <summary>
        /// Copies a struct for a slot of struct type, which unboxes the copy at once: its box is filled before this
        /// returns even past <see cref="MaxBoxNesting"/>, where it would otherwise be scheduled and unboxed unfilled.
        /// Boxes inside it are still scheduled as usual, so this adds one level of boxes at most.
        /// </summary>
        internal object? CopyStructValue(object? value, object? key)
        {
            var saved = _boxNesting;
            _boxNesting = Math.Min(saved, MaxBoxNesting - 1);
            try
            {
                return CopyValue(value, key);
            }
            finally
            {
                _boxNesting = saved;
            }
        }

        /// <summary>
        /// Copies, before <paramref name="source"/>'s own shell is made, every child it would otherwise copy through the
        /// call stack that is itself built whole, and their children of that kind, deepest first: its shell then finds
        /// them in the identity map. Structs are looked through, since a struct value is copied inline with its owner.
        /// </summary>
        private void CopyWholePartsFirst(object source, WholeCopyHandler handler, int pathIndex, int depth)
        {
            var savedPath = _currentPath;
            var savedDepth = _currentDepth;
            var savedNesting = _wholeCopyNesting;
            _wholeCopyNesting = 0;
            var visited = new IdentityMap();
            visited.Add(source, null);
            var pending = new List<PendingWholeCopy> { new PendingWholeCopy(source, handler.Parts(source).GetEnumerator(), default, pathIndex, depth, false) };
            try
            {
                while (pending.Count > 0)
                {
                    // Every part counts, also the many that need no opening (immutable keys of a huge frozen set).
                    _countdown.Tick();
                    var top = pending[pending.Count - 1];
                    if (top.Parts.MoveNext())
                    {
                        var part = top.Parts.Current;
                        var childDepth = top.IsInline ? top.Depth : top.Depth + 1;
                        if (childDepth <= _maxDepth && TryOpen(part, top.Path, childDepth, visited, out var child))
                        {
                            pending.Add(child);
                        }

                        continue;
                    }

                    pending.RemoveAt(pending.Count - 1);
                    top.Parts.Dispose();
                    if (pending.Count == 0 || top.IsInline)
                    {
                        // The root's shell is made by the caller, and a struct is copied with the value that holds it.
                        continue;
                    }

                    var owner = pending[pending.Count - 1];
                    _currentPath = owner.Path;
                    _currentDepth = owner.Depth;
                    if (top.Part.IsKey)
                    {
                        CopyKey(top.Source, top.Part.Index);
                    }
                    else
                    {
                        CopyChild(top.Source, top.Part.Kind, top.Part.Segment, top.Part.Index);
                    }
                }
            }
            finally
            {
                foreach (var left in pending)
                {
                    left.Parts.Dispose();
                }

                _wholeCopyNesting = savedNesting;
                _currentPath = savedPath;
                _currentDepth = savedDepth;
            }
        }

        /// <summary>The children of <paramref name="part"/> to look at first: those of a whole copy not made yet, or of a struct.</summary>
        private bool TryOpen(WholeCopyPart part, int ownerPath, int depth, IdentityMap visited, out PendingWholeCopy opened)
        {
            opened = default;
            var value = part.Value;
            if (value is null || value is string || _map.TryGetValue(value, out _) || visited.TryGetValue(value, out _))
            {
                return false;
            }

            var plan = _plans.TryGetValue(value.GetType(), out var cached) ? (TypePlan)cached! : LoadPlan(value.GetType());
            IEnumerator<WholeCopyPart> parts;
            bool inline;
            if (plan.Kind == TypePlanKind.Handler && plan.Handler is WholeCopyHandler whole)
            {
                parts = whole.Parts(value).GetEnumerator();
                inline = false;
            }
            else if (plan.Kind == TypePlanKind.FieldWalk && plan.IsValueType && plan.NeedsPopulate)
            {
                parts = FieldParts(value, plan).GetEnumerator();
                inline = true;
            }
            else
            {
                return false;
            }

            // A value met twice while it is being looked through could only come from a cycle, which no collection
            // built whole can hold: it is left to its owner's shell, and this walk always ends.
            visited.Add(value, null);
            opened = new PendingWholeCopy(value, parts, part, _path.Add(ownerPath, depth, part.Kind, part.Segment, part.Index), depth, inline);
            return true;
        }

        private static IEnumerable<WholeCopyPart> FieldParts(object box, TypePlan plan)
        {
            foreach (var field in plan.DeepFields)
            {
                if (!field.SetsOwnValue)
                {
                    yield return WholeCopyPart.Member(field.Field.GetValue(box), field.DisplayName);
                }
            }
        }

        /// <summary>A value whose parts are being looked through, with its place in the graph.</summary>
        private readonly struct PendingWholeCopy
        {
            public PendingWholeCopy(object source, IEnumerator<WholeCopyPart> parts, WholeCopyPart part, int path, int depth, bool isInline)
            {
                Source = source;
                Parts = parts;
                Part = part;
                Path = path;
                Depth = depth;
                IsInline = isInline;
            }

            public object Source { get; }

            public IEnumerator<WholeCopyPart> Parts { get; }

            /// <summary>How its owner refers to it.</summary>
            public WholeCopyPart Part { get; }

            public int Path { get; }

            public int Depth { get; }

            /// <summary>A struct, copied with its owner rather than on its own.</summary>
            public bool IsInline { get; }
        }
    }
}
