using System;
using DeepCopy.Core.Engine;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core
{
    /// <summary>The work loop: popping scheduled objects and filling them, and draining part of the stack early.</summary>
    public sealed partial class DeepCopyContext
    {
        /// <summary>
        /// Children one populate may leave pending before they are filled on the spot. A handler schedules every
        /// element of its collection at once, so without this a ten-million-element list would hold ten million work
        /// items; with it, it holds at most this many. Twice the array slice, so a sliced array (one slice plus the
        /// item for the rest) never reaches it.
        /// </summary>
        internal const int InPlaceDrainThreshold = 2 * ArrayPopulator.SliceLength;

        /// <summary>Early drains, one inside another (a huge collection inside a huge collection...); past this the stack just grows.</summary>
        private const int MaxInPlaceNesting = 64;

        private int _inPlaceNesting;

        /// <summary>Handler shells being made: their object is not registered yet, so nothing may be filled early then.</summary>
        private int _shellNesting;

        /// <summary>The work stack's count when the object now being filled was popped: its children sit above it.</summary>
        private int _populateBase;

        /// <summary>
        /// Schedules the rest of an array, from <paramref name="start"/>, below the elements about to be scheduled, so
        /// a huge array is filled slice by slice and the work stack holds one slice at a time rather than every element.
        /// </summary>
        internal void ScheduleArrayRest(Array source, Array copy, TypePlan plan, int start) =>
            _work.Push(source, copy, plan, _currentPath, _path.Count, start);

        /// <summary>Schedules the copy of the state a host keeps outside the object's fields, if it has any; returns the object's path.</summary>
        private int ScheduleAttachedState(object value, object? shell, int pathIndex, int depth, PathSegmentKind kind, object? segment, int index)
        {
            // No copy (a handler dropped the value), or the value itself (kept as it is): nothing to give state to.
            if (shell is null || ReferenceEquals(shell, value))
            {
                return pathIndex;
            }

            foreach (var entry in _attachedStates)
            {
                if (entry.Key.HasState(value))
                {
                    if (pathIndex < 0)
                    {
                        pathIndex = _path.Add(_currentPath, depth, kind, segment, index);
                    }

                    _work.Push(value, shell, entry.Value, pathIndex, _path.Count);
                }
            }

            return pathIndex;
        }

        private void Drain(int mark)
        {
            while (_work.Count > mark)
            {
                _countdown.Tick(WorkItemSteps);
                var item = _work.Pop();
                _populateBase = _work.Count;

                // Entries added since this item was pushed belong to work that is finished: paths cost memory in
                // proportion to the pending work, not to the graph.
                _path.Truncate(item.PathMark);
                _currentPath = item.Path;
                _currentDepth = _path[item.Path].Depth;
                Populate(item);
            }
        }

        private void Populate(WorkItem item)
        {
            var plan = item.Plan;
            switch (plan.Kind)
            {
                case TypePlanKind.FieldWalk:
                    if (plan.InlineSlotTypes is null)
                    {
                        _filler.Populate(item.Source, item.Copy, plan, this);
                    }
                    else
                    {
                        PopulateWithInlineSlots(item);
                    }

                    break;
                case TypePlanKind.Array:
                    if (plan.InlineSlotTypes is null)
                    {
                        ArrayPopulator.Populate((Array)item.Source, (Array)item.Copy, plan, item.Start, this);
                    }
                    else
                    {
                        PopulateWithInlineSlots(item);
                    }

                    break;
                default:
                    if (plan.InlineSlotTypes is null)
                    {
                        PopulateWithHandler(item);
                    }
                    else
                    {
                        PopulateWithInlineSlots(item);
                    }

                    break;
            }
        }

        private void PopulateWithHandler(WorkItem item)
        {
            try
            {
                _handedToUserCode |= item.Plan.RunsUserCode;
                item.Plan.Handler!.Populate(item.Source, item.Copy, this);
                if (item.Plan.RunsUserCode)
                {
                    // User code may have run for any time: see DeepCopyContext.Cancellation.cs.
                    _cancellationToken.ThrowIfCancellationRequested();
                }
            }
            catch (InvalidOperationException ex) when (item.Plan.Handler!.InvalidOperationMeansSourceChanged && CopyErrors.IsCollectionChanged(ex))
            {
                // Enumerators throw this, with no inner exception, when their collection changes under them: another
                // thread wrote to the source. (A sorted collection wraps its comparer's failure in one with an inner exception.)
                throw Raise(CopyErrors.SourceChanged(FormatPath(PathSegmentKind.Transparent, null, 0), item.Source, ex));
            }
            catch (Exception ex) when (IsHandlerFault(ex))
            {
                throw Raise(CopyErrors.FromHandler(FormatPath(PathSegmentKind.Transparent, null, 0), item.Source, ex));
            }
        }

        /// <summary>Fills the work above <paramref name="mark"/> now, in the middle of the current populate, and restores its place.</summary>
        private void DrainNested(int mark)
        {
            var savedPath = _currentPath;
            var savedDepth = _currentDepth;
            var savedBase = _populateBase;
            try
            {
                Drain(mark);
            }
            finally
            {
                _currentPath = savedPath;
                _currentDepth = savedDepth;
                _populateBase = savedBase;
            }
        }

        /// <summary>
        /// Fills the current populate's pending children before it schedules more. Their shells are registered, so
        /// sharing and cycles resolve as usual; only the order of the work changes. Not while a handler shell is being
        /// made (its object is not registered yet), and not deeper than <see cref="MaxInPlaceNesting"/>.
        /// </summary>
        private void DrainInPlace()
        {
            if (_shellNesting > 0 || _inPlaceNesting >= MaxInPlaceNesting)
            {
                return;
            }

            _inPlaceNesting++;
            try
            {
                DrainNested(_populateBase);
            }
            finally
            {
                _inPlaceNesting--;
            }
        }
    }
}
