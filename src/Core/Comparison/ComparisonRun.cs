using System.Collections.Generic;

namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// Runs one comparison as a stack of walkers on the heap. The first walker reports differences; when a task of the
    /// walker on top needs to know whether two values are equal (two object keys, two comparers), a walker for just
    /// that question is pushed, and its answer resumes the one below. No walker calls another, so keys that hold sets
    /// that hold keys, to any depth, never reach the call stack.
    /// </summary>
    internal static class ComparisonRun
    {
        public static void Run(object? reference, object? difference, DifferenceList differences, DeepCompareOptions options)
        {
            var cancellationToken = options.CancellationToken;
            // Question walkers share one visited set: a pair met again while an outer question is still open is assumed
            // equal (the outer walker checks it), which ends cycles that pass through keys.
            var questionVisits = new HashSet<ReferencePair>(ReferencePairComparer.Instance);

            // What first questions proved, for the later ones: keys that each lead to one large shared object (the
            // rows of a table) walk it once, not once per key.
            var proven = ProvenPairs.ForComparison();
            var frames = new Stack<CompareWalker>();
            frames.Push(CompareWalker.ForDifferences(reference, difference, differences, options));
            while (frames.Count > 0)
            {
                var top = frames.Peek();
                if (top.Resume())
                {
                    frames.Pop();
                    if (frames.Count > 0)
                    {
                        top.RecordFindings();
                        top.ForgetVisits();
                        frames.Peek().Answer(top.FoundNone);
                    }
                }
                else
                {
                    // A question walker may finish before its own periodic check: check here, once per question.
                    cancellationToken.ThrowIfCancellationRequested();
                    frames.Push(CompareWalker.ForQuestion(top.PendingTask!, questionVisits, proven, isFirstQuestion: frames.Count == 1, options));
                }
            }
        }
    }
}
