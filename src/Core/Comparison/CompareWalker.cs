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
        private const int MaxWrapperUnwraps = 8;

        // PERF: a question walker usually compares a key or two; small buffers keep a deep chain of them cheap.
        private const int QuestionCapacity = 4;

        /// <summary>Pairs of objects compared on this thread, by every walker of every comparison: tests check that the work stays bounded.</summary>
        [ThreadStatic]
        internal static long PairsCompared;

        private readonly DifferenceList _differences;
        private readonly Func<object, bool>? _acceptsNullFor;
        private readonly AllowanceUse? _allowanceUse;
        private readonly PathTable _paths;
        private readonly HashSet<ReferencePair> _visited;
        private readonly List<ReferencePair>? _ownVisits;
        private CompareItem[] _stack;
        private int _count;

        /// <summary>Ticked per item popped and per child met, so a collection of millions queued in one visit is no blind spot.</summary>
        private CancellationCountdown _countdown;

        /// <summary>The token itself, for tasks that run their own countdown (key matching).</summary>
        private readonly CancellationToken _cancellationToken;

        private CompareWalker(DifferenceList differences, DeepCompareOptions options, HashSet<ReferencePair> visited, bool isQuestion, ProvenPairs? proven = null, bool isFirstQuestion = false)
        {
            _proven = proven;
            _isFirstQuestion = isFirstQuestion;
            if (isFirstQuestion)
            {
                proven?.StartWay();
            }

            _differences = differences;
            _countdown = new CancellationCountdown(options.CancellationToken);
            _cancellationToken = options.CancellationToken;
            _acceptsNullFor = options.AcceptsNullFor;
            _allowanceUse = options.AllowanceUse;
            _visited = visited;
            _ownVisits = isQuestion ? new List<ReferencePair>() : null;
            _paths = new PathTable(isQuestion ? QuestionCapacity : 64);
            _stack = new CompareItem[isQuestion ? QuestionCapacity : 64];
        }

        /// <summary>The task waiting for an answer, when <see cref="Resume"/> returned false.</summary>
        public CompareTask? PendingTask { get; private set; }

        /// <summary>For a question walker that has finished: true when the two values were equal.</summary>
        public bool FoundNone => _differences.Items.Count == 0;

        /// <summary>The walker that reports the differences between the two roots.</summary>
        public static CompareWalker ForDifferences(object? reference, object? difference, DifferenceList differences, DeepCompareOptions options)
        {
            var walker = new CompareWalker(differences, options, new HashSet<ReferencePair>(ReferencePairComparer.Instance), isQuestion: false);
            walker.Push(reference, difference, walker._paths.Add(-1, 0, PathSegmentKind.Root, null, 0), null);
            return walker;
        }

        /// <summary>
        /// A walker that only finds out whether the values of <paramref name="task"/>'s question are equal; it stops at
        /// the first difference. <paramref name="isFirstQuestion"/>: no other question is open, so the shared visits are
        /// empty and the walker assumes nothing but its own.
        /// </summary>
        public static CompareWalker ForQuestion(CompareTask task, HashSet<ReferencePair> visits, ProvenPairs? proven, bool isFirstQuestion, DeepCompareOptions options)
        {
            var walker = new CompareWalker(new DifferenceList(1), options, visits, isQuestion: true, proven, isFirstQuestion);
            walker.Push(task.QuestionReference, task.QuestionDifference, walker._paths.Add(-1, 0, PathSegmentKind.Root, null, 0), null);
            return walker;
        }

        /// <summary>
        /// Equality of two values when it needs no walk: the same instance, null, different types or framework values.
        /// Null when only a walk can tell.
        /// </summary>
        public static bool? EqualAtOnce(object? reference, object? difference)
        {
            if (ReferenceEquals(reference, difference))
            {
                return true;
            }

            if (reference is null || difference is null)
            {
                return ComparePlanCache.Get((reference ?? difference)!.GetType()).Kind == CompareKind.Adapter ? (bool?)null : false;
            }

            var type = reference.GetType();
            if (type != difference.GetType())
            {
                return ComparePlanCache.Get(type).Kind == CompareKind.Adapter || ComparePlanCache.Get(difference.GetType()).Kind == CompareKind.Adapter ? (bool?)null : false;
            }

            return ComparePlanCache.Get(type).Kind == CompareKind.Value ? ValueEquality.AreEqual(reference, difference) : (bool?)null;
        }

        /// <summary>Works on until the stack is empty (returns true) or a task needs an answer (returns false; see <see cref="PendingTask"/>).</summary>
        public bool Resume()
        {
            while (_count > 0 && !_differences.IsFull)
            {
                _countdown.Tick();
                var item = _stack[--_count];
                _stack[_count] = default;
                if (item.Task is null)
                {
                    Visit(item.Reference, item.Difference, item.Path);
                }
                else if (!RunTask(item.Task, item.Path))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Passes the answer to the waiting task, which runs on when this walker resumes.</summary>
        public void Answer(bool equal)
        {
            PendingTask!.Answer(equal);
            PendingTask = null;
        }

        /// <summary>Takes a finished question walker's pairs out of the shared visited set: they are no longer open.</summary>
        public void ForgetVisits()
        {
            foreach (var pair in _ownVisits!)
            {
                _visited.Remove(pair);
            }
        }

        /// <summary>Schedules a task after the children scheduled so far.</summary>
        internal void Schedule(CompareTask task, int path) => Push(null, null, path, task);

        private bool RunTask(CompareTask task, int path)
        {
            var mark = _count;
            if (task.Advance(this))
            {
                // Back on the stack, to run on once answered; a task schedules nothing before it is finished.
                PendingTask = task;
                _askedQuestion = true;
                Push(null, null, path, task);
                return false;
            }

            ReverseSince(mark);
            return true;
        }

        private void Visit(object? reference, object? difference, int path)
        {
            if (ReferenceEquals(reference, difference) || AlreadyPresented(reference, difference, path))
            {
                return;
            }

            var referenceView = reference is null ? null : Present(ref reference);
            var differenceView = difference is null ? null : Present(ref difference);
            if (WrapsAttachedStateOf(referenceView, difference))
            {
                reference = referenceView!.Wrapped;
                referenceView = null;
            }
            else if (WrapsAttachedStateOf(differenceView, reference))
            {
                difference = differenceView!.Wrapped;
                differenceView = null;
            }

            if (ReferenceEquals(reference, difference))
            {
                return;
            }

            if (reference is null || difference is null)
            {
                // A copy made with options that drop this value holds null in its place, by request.
                if (difference is null && _acceptsNullFor != null && _acceptsNullFor(reference!))
                {
                    if (_allowanceUse != null)
                    {
                        _allowanceUse.AcceptedNull = true;
                    }

                    return;
                }

                ReportAt(DeepDifferenceKind.ValueDifferent, path, reference, difference, DifferenceMessages.Value(reference, difference));
                return;
            }

            var type = reference.GetType();
            if (type != difference.GetType())
            {
                ReportAt(DeepDifferenceKind.TypeDifferent, path, reference, difference, DifferenceMessages.Type(type, difference.GetType()));
                return;
            }

            if (CollectionWrappers.SynchronizedInner(type, reference) is object referenceInner &&
                CollectionWrappers.SynchronizedInner(type, difference) is object differenceInner)
            {
                Visit(referenceInner, differenceInner, path);
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

            // A static object of the class library is recognised by reference by the code that uses it (a removed member's
            // mark, a writer's state table): a copy must hold the very instance, and anything else differs however alike.
            if (plan.MayBeFrameworkStatic && IsFrameworkStaticPair(reference, difference, path))
            {
                return;
            }

            // A box has identity within its graph, and one that can lead to objects can lead back to itself through another
            // box (a struct's mutating interface method, called on the box, stores a box in an object field): such pairs
            // are tracked like objects, so a loop of boxes ends. The visited set only ends cycles and skips pairs compared
            // already; it checks no sharing shape, so fresh boxes (read from struct fields) cannot differ for it. Boxes
            // that lead nowhere (a boxed int, each element of a List<int>) cannot repeat in a loop and stay out of it.
            if ((!type.IsValueType || plan.IsBoxThatLeadsOn) && !MarkVisited(new ReferencePair(reference, difference), path))
            {
                return;
            }

            var mark = _count;
            CompareChildren(reference, difference, referenceView, differenceView, plan, path);
            ReverseSince(mark);
        }

        private bool MarkVisited(ReferencePair pair, int path)
        {
            if (Recall(pair, path) || !_visited.Add(pair))
            {
                return false;
            }

            PairsCompared++;
            _ownVisits?.Add(pair);
            NotePair(pair, path);
            return true;
        }

        /// <summary>Compares a child: at once when it is a leaf, otherwise later from the stack.</summary>
        internal void Child(object? reference, object? difference, int parent, PathSegmentKind kind, object? segment, int index)
        {
            _countdown.Tick();
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

            Push(reference, difference, _paths.Add(parent, _paths[parent].Depth + 1, kind, segment, index), null);
        }

        /// <summary>
        /// True when this pair of adapted values was compared already. Checked before the adapters describe them again:
        /// a DataTable's view lists every row, and each of its rows leads back to it, so describing it once per row
        /// made comparing a table quadratic (20,000 rows took a minute). Wrappers an adapter presents transparently
        /// are recorded by what they wrap, so they are unwrapped and checked as before.
        /// </summary>
        private bool AlreadyPresented(object? reference, object? difference, int path) =>
            reference != null && difference != null && reference.GetType() == difference.GetType() &&
            ComparePlanCache.Get(reference.GetType()).Kind == CompareKind.Adapter &&
            (_visited.Contains(new ReferencePair(reference, difference)) || Recall(new ReferencePair(reference, difference), path));

        /// <summary>
        /// True when <paramref name="view"/> wraps an object of <paramref name="other"/>'s type that keeps its members and
        /// type names as attached state, shows only those (<see cref="DeepCompareView.ShowsOnlyAttachedState"/>: not a
        /// wrapper that keeps members of its own, as Select-Object -ExpandProperty makes), and the other side is such an
        /// object held unwrapped. Such a wrapper adds nothing: <c>$config</c> and <c>(Write-Output $config)</c> are one object, compared with its attached
        /// state like any unwrapped one. Without this, a hashtable with a type name was reported different from itself.
        /// </summary>
        private static bool WrapsAttachedStateOf(DeepCompareView? view, object? other) =>
            other != null && ShowsOnlyAttachedStateOfWrapped(view) && view!.Wrapped!.GetType() == other.GetType();

        /// <summary>
        /// True when <paramref name="view"/> wraps an object that keeps its members as attached state and shows only
        /// those: such a wrapper is read as the object it wraps, by the walker and by key fingerprints alike.
        /// </summary>
        internal static bool ShowsOnlyAttachedStateOfWrapped(DeepCompareView? view)
        {
            if (view is null || !view.ShowsOnlyAttachedState || !view.HasWrapped || view.Wrapped is null)
            {
                return false;
            }

            var plan = ComparePlanCache.Get(view.Wrapped.GetType());
            return plan.Kind != CompareKind.Adapter && plan.HasAttachedState;
        }

        /// <summary>
        /// Replaces a value that an adapter presents transparently by what it wraps; returns the view otherwise. Key
        /// fingerprints present keys through this too, so a key hashes as the walker will compare it.
        /// </summary>
        internal static DeepCompareView? Present(ref object? value)
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

        internal void ReportAt(DeepDifferenceKind kind, int path, object? reference, object? difference, string message) =>
            Report(kind, path, PathSegmentKind.Transparent, null, 0, reference, difference, message);

        internal void Report(DeepDifferenceKind kind, int parent, PathSegmentKind last, object? segment, int index, object? reference, object? difference, string message)
        {
            // PERF: a question walker only needs to know that there is a difference, not where.
            var where = string.Empty;
            if (_ownVisits is null)
            {
                where = PathFormatter.Format(_paths, parent, last, segment, index);
            }
            else
            {
                NoteDifference(parent);
            }

            _differences.Add(new DeepDifference(where, kind, reference, difference, message));
        }

        private void Push(object? reference, object? difference, int path, CompareTask? task)
        {
            if (_count == _stack.Length)
            {
                Array.Resize(ref _stack, _stack.Length * 2);
            }

            ref var item = ref _stack[_count++];
            item.Reference = reference;
            item.Difference = difference;
            item.Path = path;
            item.Task = task;
        }

        /// <summary>Children were pushed in order; reversing them makes the first one pop first.</summary>
        private void ReverseSince(int mark) => Array.Reverse(_stack, mark, _count - mark);
    }
}
