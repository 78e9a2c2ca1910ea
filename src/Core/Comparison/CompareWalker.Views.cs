using System;
using System.Collections.Generic;
using DeepCopy.Core.Engine;

namespace DeepCopy.Core.Comparison
{
    /// <summary>The comparison of two adapters' views (type names, wrapped values, comparers and members) and of what a host attaches to objects.</summary>
    internal sealed partial class CompareWalker
    {
        /// <summary>State a host keeps outside the objects (PowerShell's members of unwrapped objects), as views.</summary>
        private void CompareAttachedState(object reference, object difference, int path)
        {
            foreach (var entry in DeepCopyRegistry.AttachedStates)
            {
                // PERF: most objects (and every box read from a struct field) have none; a lookup each spares two views.
                if (!entry.Key.HasState(reference) && !entry.Key.HasState(difference))
                {
                    continue;
                }

                var referenceView = new DeepCompareView();
                var differenceView = new DeepCompareView();
                entry.Key.DescribeState(reference, referenceView);
                entry.Key.DescribeState(difference, differenceView);
                if (referenceView.Members.Count + differenceView.Members.Count > 0 || referenceView.HasTypeNames || differenceView.HasTypeNames)
                {
                    _dependedOnRoute = true;
                    CompareViews(referenceView, differenceView, path);
                }
            }
        }

        private void CompareViews(DeepCompareView reference, DeepCompareView difference, int path)
        {
            if (reference.HasTypeNames != difference.HasTypeNames || !SameNames(reference.TypeNames, difference.TypeNames))
            {
                ReportAt(DeepDifferenceKind.TypeDifferent, path, null, null, DifferenceMessages.TypeNames(reference, difference));
            }

            if ((reference.HasComparer || difference.HasComparer) && !ReferenceEquals(reference.Comparer, difference.Comparer))
            {
                Schedule(new ComparerCheckTask(reference.Comparer, difference.Comparer, path, reference.ComparedByComparer), path);
            }

            if (reference.HasWrapped != difference.HasWrapped)
            {
                ReportAt(DeepDifferenceKind.TypeDifferent, path, reference.Wrapped, difference.Wrapped, DifferenceMessages.Wrapping(reference.HasWrapped));
            }
            else if (reference.HasWrapped)
            {
                Child(reference.Wrapped, difference.Wrapped, path, PathSegmentKind.Transparent, null, 0);
            }

            var unmatched = new Dictionary<string, object?>(reference.MemberNameComparer);
            foreach (var member in difference.Members)
            {
                _countdown.Tick();
                if (!unmatched.ContainsKey(member.Key))
                {
                    unmatched.Add(member.Key, member.Value);
                }
            }

            foreach (var member in reference.Members)
            {
                _countdown.Tick();
                if (unmatched.TryGetValue(member.Key, out var other))
                {
                    unmatched.Remove(member.Key);
                    Child(member.Value, other, path, PathSegmentKind.Member, member.Key, 0);
                }
                else
                {
                    Report(DeepDifferenceKind.MemberMissing, path, PathSegmentKind.Member, member.Key, 0, member.Value, null, DifferenceMessages.MissingMember(member.Key));
                }
            }

            foreach (var member in difference.Members)
            {
                _countdown.Tick();
                if (unmatched.Remove(member.Key))
                {
                    Report(DeepDifferenceKind.MemberExtra, path, PathSegmentKind.Member, member.Key, 0, null, member.Value, DifferenceMessages.ExtraMember(member.Key));
                }
            }

            if (reference.MembersAreOrdered && difference.MembersAreOrdered)
            {
                var firstMismatch = KeyOrder.FirstMemberMismatch(reference, difference, ref _countdown, out var expected, out var found);
                if (firstMismatch >= 0)
                {
                    ReportAt(DeepDifferenceKind.OrderDifferent, path, expected, found, DifferenceMessages.MemberOrder(firstMismatch, expected!, found!));
                }
            }
        }

        private static bool SameNames(List<string> reference, List<string> difference)
        {
            if (reference.Count != difference.Count)
            {
                return false;
            }

            for (var i = 0; i < reference.Count; i++)
            {
                if (!string.Equals(reference[i], difference[i], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
