using System;
using DeepCopy.Core.Engine;

namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// Finds every mutable object reachable from both graphs, wherever it sits in each: one walk records the reference
    /// graph's objects by identity, a second walk of the difference graph reports each one it meets again. Comparing by
    /// position would miss a copy that points back into its source from another place.
    /// </summary>
    internal static class IndependenceWalker
    {
        public static void Run(object? reference, object? difference, DifferenceList differences, DeepCompareOptions options)
        {
            var referenceWalk = new GraphWalk(options.CancellationToken);
            referenceWalk.Walk(reference, null);
            if (referenceWalk.Nodes.Count == 0)
            {
                return;
            }

            var differenceWalk = new GraphWalk(options.CancellationToken, SharedOnPurpose(options));
            differenceWalk.Walk(difference, (node, path) =>
            {
                var owner = differenceWalk.HeldBy(path);
                var storageOfShared = owner != null && referenceWalk.Nodes.ContainsKey(owner);
                if (!storageOfShared && referenceWalk.Nodes.TryGetValue(node, out var referencePath))
                {
                    var where = PathFormatter.Format(referenceWalk.Paths, referencePath, PathSegmentKind.Transparent, null, 0);
                    var here = PathFormatter.Format(differenceWalk.Paths, path, PathSegmentKind.Transparent, null, 0);
                    differences.Add(new DeepDifference(here, DeepDifferenceKind.SharedReference, node, node, DifferenceMessages.Shared(node, where)));
                }

                return !differences.IsFull;
            });
        }

        // The copy's values that may be the source's own, with all they hold: the difference walk ends at each of them.
        private static Func<object, bool>? SharedOnPurpose(DeepCompareOptions options)
        {
            var accepts = options.AcceptsSharingOf;
            var use = options.AllowanceUse;
            if (accepts is null)
            {
                return null;
            }

            return node =>
            {
                if (!accepts(node))
                {
                    return false;
                }

                if (use != null)
                {
                    use.AcceptedSharing = true;
                }

                return true;
            };
        }
    }
}
