using System;
using System.Collections.Generic;
using System.Threading;
using DeepCopy.Core.Engine;

namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// Walks two graphs side by side with an explicit stack, so graph depth never reaches the call stack. Each pair of
    /// objects is compared once (visited pairs are tracked by identity), which ends cycles. Leaves are compared on the
    /// spot; containers push their children, in order, and are compared when popped.
    /// </summary>
    internal sealed partial class CompareWalker
    {
        private const int CancellationCheckInterval = 1024;
        private const int MaxWrapperUnwraps = 8;

        private readonly DifferenceList _differences;
        private readonly CancellationToken _cancellationToken;
        private readonly PathTable _paths = new PathTable();
        private readonly HashSet<ReferencePair> _visited = new HashSet<ReferencePair>(ReferencePairComparer.Instance);
        private CompareItem[] _stack = new CompareItem[64];
        private int _count;

        public CompareWalker(DifferenceList differences, CancellationToken cancellationToken)
        {
            _differences = differences;
            _cancellationToken = cancellationToken;
        }

        public void Run(object? reference, object? difference)
        {
            Push(reference, difference, _paths.Add(-1, 0, PathSegmentKind.Root, null, 0));
            var steps = 0;
            while (_count > 0 && !_differences.IsFull)
            {
                if (++steps == CancellationCheckInterval)
                {
                    steps = 0;
                    _cancellationToken.ThrowIfCancellationRequested();
                }

                var item = _stack[--_count];
                _stack[_count] = default;
                Visit(item.Reference, item.Difference, item.Path);
            }
        }

        private void Visit(object? reference, object? difference, int path)
        {
            if (ReferenceEquals(reference, difference) || AlreadyPresented(reference, difference))
            {
                return;
            }

            var referenceView = reference is null ? null : Present(ref reference);
            var differenceView = difference is null ? null : Present(ref difference);
            if (ReferenceEquals(reference, difference))
            {
                return;
            }

            if (reference is null || difference is null)
            {
                ReportAt(DeepDifferenceKind.ValueDifferent, path, reference, difference, DifferenceMessages.Value(reference, difference));
                return;
            }

            var type = reference.GetType();
            if (type != difference.GetType())
            {
                ReportAt(DeepDifferenceKind.TypeDifferent, path, reference, difference, DifferenceMessages.Type(type, difference.GetType()));
                return;
            }

            var plan = ComparePlanCache.Get(type);
            switch (plan.Kind)
            {
                case CompareKind.Value:
                    if (!ValueEquality.AreEqual(reference, difference))
                    {
                        ReportAt(DeepDifferenceKind.ValueDifferent, path, reference, difference, DifferenceMessages.Value(reference, difference));
                    }

                    return;
                case CompareKind.Identity:
                    ReportAt(DeepDifferenceKind.ValueDifferent, path, reference, difference, DifferenceMessages.Value(reference, difference));
                    return;
            }

            // Boxes of structs are values, never shared between the graphs; only objects with identity can repeat.
            if (!type.IsValueType && !_visited.Add(new ReferencePair(reference, difference)))
            {
                return;
            }

            var mark = _count;
            CompareChildren(reference, difference, referenceView, differenceView, plan, path);
            ReverseSince(mark);
        }

        /// <summary>Compares a child: at once when it is a leaf, otherwise later from the stack.</summary>
        private void Child(object? reference, object? difference, int parent, PathSegmentKind kind, object? segment, int index)
        {
            if (ReferenceEquals(reference, difference))
            {
                return;
            }

            if (reference != null && difference != null)
            {
                var type = reference.GetType();
                if (type == difference.GetType() && ComparePlanCache.Get(type).Kind == CompareKind.Value)
                {
                    if (!ValueEquality.AreEqual(reference, difference))
                    {
                        Report(DeepDifferenceKind.ValueDifferent, parent, kind, segment, index, reference, difference, DifferenceMessages.Value(reference, difference));
                    }

                    return;
                }
            }

            Push(reference, difference, _paths.Add(parent, _paths[parent].Depth + 1, kind, segment, index));
        }

        /// <summary>
        /// True when this pair of adapted values was compared already. Checked before the adapters describe them again:
        /// a DataTable's view lists every row, and each of its rows leads back to it, so describing it once per row
        /// made comparing a table quadratic (20,000 rows took a minute). Wrappers an adapter presents transparently
        /// are recorded by what they wrap, so they are unwrapped and checked as before.
        /// </summary>
        private bool AlreadyPresented(object? reference, object? difference) =>
            reference != null && difference != null && reference.GetType() == difference.GetType() &&
            ComparePlanCache.Get(reference.GetType()).Kind == CompareKind.Adapter &&
            _visited.Contains(new ReferencePair(reference, difference));

        /// <summary>Replaces a value that an adapter presents transparently by what it wraps; returns the view otherwise.</summary>
        private static DeepCompareView? Present(ref object? value)
        {
            for (var unwraps = 0; value != null && unwraps < MaxWrapperUnwraps; unwraps++)
            {
                var plan = ComparePlanCache.Get(value.GetType());
                if (plan.Kind != CompareKind.Adapter)
                {
                    return null;
                }

                var view = new DeepCompareView();
                plan.Adapter!.Describe(value, view);
                if (!view.IsTransparent)
                {
                    return view;
                }

                value = view.Wrapped;
            }

            return null;
        }

        /// <summary>True when two values are equal all the way down: how keys and set items that are objects are matched.</summary>
        private bool StructurallyEqual(object? reference, object? difference)
        {
            var found = new DifferenceList(1);
            new CompareWalker(found, _cancellationToken).Run(reference, difference);
            return found.Items.Count == 0;
        }

        private void ReportAt(DeepDifferenceKind kind, int path, object? reference, object? difference, string message) =>
            Report(kind, path, PathSegmentKind.Transparent, null, 0, reference, difference, message);

        private void Report(DeepDifferenceKind kind, int parent, PathSegmentKind last, object? segment, int index, object? reference, object? difference, string message) =>
            _differences.Add(new DeepDifference(PathFormatter.Format(_paths, parent, last, segment, index), kind, reference, difference, message));

        private void Push(object? reference, object? difference, int path)
        {
            if (_count == _stack.Length)
            {
                Array.Resize(ref _stack, _stack.Length * 2);
            }

            ref var item = ref _stack[_count++];
            item.Reference = reference;
            item.Difference = difference;
            item.Path = path;
        }

        /// <summary>Children were pushed in order; reversing them makes the first one pop first.</summary>
        private void ReverseSince(int mark) => Array.Reverse(_stack, mark, _count - mark);
    }
}
